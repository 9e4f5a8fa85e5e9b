package entity

import "testing"

// TestOrgContext covers organizations named by their context alone.
func TestOrgContext(t *testing.T) {
	tests := []agencyCase{
		// coordination with a known body
		{"list with a listed body", "The grant went to the Ministry of Health, Kestrel Analytics, Brightwater Labs and others.",
			[]string{"Brightwater Labs", "Kestrel Analytics", "Ministry of Health (MOH)"}},
		{"list ending in a listed body", "Funding came from Kestrel Analytics, Globodyne and the National Science Foundation.",
			[]string{"Globodyne", "Kestrel Analytics", "National Science Foundation (NSF)"}},
		{"list with a company by form", "Westpac, Acme Logistics and Northwind Traders Pte Ltd signed.",
			[]string{"Acme Logistics", "Northwind Traders Pte Ltd", "Westpac"}},
		{"countries listed with a body stay countries", "Japan, Korea and the ASEAN Secretariat agreed.", []string{"ASEAN Secretariat"}},
		{"people listed with a body stay people", "talks between the Ministry of Finance, Maria Chen and Tom Baker", []string{"Ministry of Finance"}},
		{"multi-word countries listed with a body", "the United States of America, Brunei Darussalam and the ASEAN Secretariat", []string{"ASEAN Secretariat"}},
		{"title run that goes on is no body", "Lee is Chairman of the Urban Solutions and Sustainability Technical Advisory Workgroup.", nil},
		{"single words that are also English words", "Representatives of Microsoft, Google, Amazon Web Services and the Cloud Security Alliance attended.",
			[]string{"Amazon Web Services", "Cloud Security Alliance", "Google", "Microsoft"}},
		{"and inside a name without commas", "between the Japan Bank for International Cooperation and Nippon Export and Investment Insurance",
			[]string{"Japan Bank for International Cooperation (JBIC)"}},
		{"members of a list intro", "Members of Oxfam, Kestrel Analytics and the National Science Foundation met.",
			[]string{"Kestrel Analytics", "National Science Foundation (NSF)", "Oxfam"}},
		{"a title's complement is no list of bodies", "co-chaired by Thailand's Minister of Digital Economy and Society, Prasert Chantharangsi, and UNESCO officials",
			[]string{"United Nations Educational, Scientific and Cultural Organization (UNESCO)"}},
		{"a person-like item is left to the people finder", "Westpac, Prasert Chantharangsi and the National Science Foundation met",
			[]string{"National Science Foundation (NSF)", "Westpac"}},
		{"topics of common words are no bodies", "the Ministry of Health, Science, and Transportation Policy officers, Ports and Roads", []string{"Ministry of Health (MOH)"}},
		{"postcodes in a list of places", "write to the Harbour Safety Authority @ 2 Pier Road, S159047 or the Kestrel Centre @ 247 Whitley Road S297830",
			[]string{"Harbour Safety Authority", "Kestrel Centre"}},
		{"two items are not enough", "the Ministry of Finance and Brightwater Labs", []string{"Ministry of Finance"}},
		// a noun of organizations before the list
		{"companies such as", "Companies such as Initech, Globodyne and Hooli will attend.", []string{"Globodyne", "Hooli", "Initech"}},
		{"partners include", "Our partners include Kestrel Analytics and Brightwater Labs.", []string{"Brightwater Labs", "Kestrel Analytics"}},
		{"organisations including", "organisations including Oxfam and the Lantern Trust responded", []string{"Lantern Trust", "Oxfam"}},
		// appositive
		{"based firm", "Kestrel Analytics, a Singapore-based fintech firm, joined the scheme.", []string{"Kestrel Analytics"}},
		{"company that", "It chose Globodyne, a logistics company that runs ports.", []string{"Globodyne"}},
		{"non-profit", "Brightwater Labs, a non-profit in Lagos, will host it.", []string{"Brightwater Labs"}},
		{"a person's appositive is no body", "Maria Chen, a former banker, spoke.", nil},
		// affiliation of a quoted person
		{"chief executive officer of", `"A milestone," said Maria Chen, Chief Executive Officer of Brightwater Labs.`, []string{"Brightwater Labs"}},
		{"founder of", "according to Tom Baker, Founder of Globodyne.", []string{"Globodyne"}},
		{"chairman of the", "Rina Sato, Chairman of the Kestrel Group, said", []string{"Kestrel Group"}},
		{"director of", "Ms Jane Roe, Director of Kestrel Analytics, and others", []string{"Kestrel Analytics"}},
		{"professor at", "said Tom Baker, Professor at Brightwater, in a note.", []string{"Brightwater"}},
		{"kind of body before the name", "Mr Ken Mori, Representative Director of the Non-Profit Organisation Kestrel Organic Web, spoke", []string{"Kestrel Organic Web"}},
		{"generic kind alone is no body", "Mr Ken Mori, Director of the Non-Profit Organisation, spoke", nil},
		{"director of a field is no body", "Jane Roe, Director of Public Affairs, said", nil},
		{"head of a unit of common words is no body", "Tom Baker, Head of Research and Strategy, said", nil},
		{"president of a country is no body", "Jane Roe, President of Portugal, said", nil},
		// publisher cues
		{"published by", "Published by: Harbour Cities Authority\n", []string{"Harbour Cities Authority"}},
		{"issued by", "Issued by Kestrel Analytics\nContact", []string{"Kestrel Analytics"}},
		{"from line", "From: Globodyne\nTo: all staff", []string{"Globodyne"}},
	}
	runAgencyCases(t, tests)
}
