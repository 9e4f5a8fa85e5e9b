package entity

import "testing"

func TestZZScratch(t *testing.T) {
	f := finderForTest(t)
	for _, s := range []string{
		"Registration for Harmony Day closes Friday.",
		"Farmers in Jordan Valley and Rift Valley met.",
		"Visitors flocked to Lincoln Memorial on Sunday.",
		"Students from Carnegie Mellon and Johns Hopkins competed.",
		"She received the Florence Nightingale Medal.",
		"Victoria Cross recipients were honoured.",
		"Celebrations for Martin Luther King Day begin.",
		"Christian Aid said on Friday the appeal raised funds.",
		"Services at Holy Trinity Church resume.",
		"Grace Period Ends for Student Borrowers",
		"Donations to Mercy Corps doubled.",
		"The Hope Street Festival returns.",
		"Tickets for Ivy League games sold out.",
		"Sales of Kelly Green paint rose.",
		"Mary Rose Museum reopens.",
		"Ruby Princess passengers were tested.",
		"Passengers on Diamond Princess were tested.",
		"Crews from Grace Bay patrolled.",
		"The fund backs Victoria University and Charles Darwin University.",
		"Teams visited Hope Island, Grace Harbour and Mount Pleasant.",
		"Apple Watch sales rose.",
		"Reporters from Al Jazeera and Radio Free Asia attended.",
		"Jordan Peterson spoke.",
		"Partners: Amara Health, Kofi Logistics and Ama Foods.",
		"Winners: Grace Chen (gold), Tavita Leaupepe (silver)",
		"The Elizabeth Line opened in May.",
		"Ridership on Elizabeth Line rose.",
		"Members of Team Europe agreed.",
		"Operation Lone Star continued.",
		"Operation Warp Speed ended.",
		"Hurricane Maria struck in 2017.",
		"Typhoon Haiyan victims were remembered.",
		"Cyclone Gabrielle hit the coast.",
	} {
		var got []string
		for _, pc := range scanForTest(f, s).findPeople() {
			got = append(got, pc.name+" ("+pc.rule+")")
		}
		t.Logf("%-60s %q", s, got)
	}
}
