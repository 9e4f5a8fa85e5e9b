import os, sys
OUT=sys.argv[1] if len(sys.argv)>1 else 'out'
EXP=os.path.join(OUT,'expected.json')
os.makedirs(OUT,exist_ok=True)
import json, textwrap, sys
def esc(s): return s.replace('\\','\\\\').replace('(','\\(').replace(')','\\)')
def build(items):
    # items: (text, size, bold)
    y=760; ops=[]
    for t,sz,b in items:
        if t=="":
            y-=10; continue
        y-=sz*1.4
        ops.append("BT /%s %d Tf 72 %d Td (%s) Tj ET"%("F2" if b else "F1",sz,int(y),esc(t)))
    s="\n".join(ops).encode('latin-1')
    objs=[b"<< /Type /Catalog /Pages 2 0 R >>",b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
      b"<< /Length %d >>\nstream\n"%len(s)+s+b"\nendstream",
      b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
      b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"]
    out=b"%PDF-1.4\n"; offs=[]
    for i,o in enumerate(objs):
        offs.append(len(out)); out+=b"%d 0 obj\n"%(i+1)+o+b"\nendobj\n"
    x=len(out); out+=b"xref\n0 %d\n0000000000 65535 f \n"%(len(objs)+1)
    for o in offs: out+=b"%010d 00000 n \n"%o
    out+=b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"%(len(objs)+1,x)
    return out
body="The minister said the programme would reach more than two thousand households in its first year, with further rounds planned after a review of the results by the end of the year. Officials from both sides met in the capital on Tuesday to review progress on the agreement and agreed to meet again before the end of the year."
def bodylines(): return [(l,10,False) for l in textwrap.wrap(body,90)]
P={
 "p1.pdf":([("REPUBLIC OF RWANDA",14,True),("MINISTRY OF ENVIRONMENT",12,True),("Kigali, 15/06/2021",10,False),("",0,0),("PRESS RELEASE",12,True),("",0,0),("GOVERNMENT LAUNCHES NATIONAL TREE PLANTING SEASON WITH",13,True),("TARGET OF FORTY MILLION SEEDLINGS",13,True),("",0,0)]+bodylines(),
   "GOVERNMENT LAUNCHES NATIONAL TREE PLANTING SEASON WITH TARGET OF FORTY MILLION SEEDLINGS"),
 "p2.pdf":([("Embassy of Indonesia",14,True),("No. 112/PR/VI/2020",10,False),("MEDIA RELEASE",11,True),("",0,0),("INDONESIA AND NEW ZEALAND BOOST COOPERATION",13,True),("ON GEOTHERMAL ENERGY",13,True),("",0,0)]+bodylines(),
   "INDONESIA AND NEW ZEALAND BOOST COOPERATION ON GEOTHERMAL ENERGY"),
 "p3.pdf":([("UNIVERSITY OF GHANA",16,True),("OFFICE OF PUBLIC AFFAIRS",11,True),("",0,0),("University Receives Grant to Expand Malaria Research",13,True),("Laboratory and Train Young Scientists",13,True),("",0,0)]+bodylines(),
   "University Receives Grant to Expand Malaria Research Laboratory and Train Young Scientists"),
 "p4.pdf":([("NEWS RELEASE",12,True),("12 September 2018     Ref: NR-2018-044",10,False),("",0,0),("City Council Approves Budget for New Bus Depot and Electric Fleet",14,True),("",0,0)]+bodylines(),
   "City Council Approves Budget for New Bus Depot and Electric Fleet"),
 "p5.pdf":([("Federation of Malaysian Students Abroad",13,True),("Statement",11,True),("",0,0),("Students Welcome Decision to Reopen Scholarship",13,True),("Applications for Postgraduate Study",13,True),("",0,0)]+bodylines(),
   "Students Welcome Decision to Reopen Scholarship Applications for Postgraduate Study"),
 "p6.pdf":([("PUBLIC NOTICE",12,True),("MINISTRY OF WATER AND SANITATION NO. 14 OF 2019 DATED 3RD APRIL 2019",11,True),("",0,0),("SCHEDULED INTERRUPTION OF WATER SUPPLY TO EASTERN DISTRICTS",13,True),("",0,0)]+bodylines(),
   "SCHEDULED INTERRUPTION OF WATER SUPPLY TO EASTERN DISTRICTS"),
}
exp={}
for n,(items,t) in P.items():
    open(os.path.join(OUT,n),'wb').write(build(items)); exp[n]=[t]
e=json.load(open(EXP)); e.update(exp); json.dump(e,open(EXP,'w'),indent=1)
Q={
 "q1.pdf":([("PRESS RELEASE",12,True),("GOVERNMENT OF THE REPUBLIC OF KENYA MINISTRY OF HEALTH NAIROBI 14 MARCH 2020",10,True),("",0,0),
   ("GOVERNMENT CONFIRMS FIRST CASE OF NOVEL VIRUS",13,True),("AND SETS UP NATIONAL RESPONSE",13,True),("COMMITTEE TO COORDINATE MEASURES",13,True),("",0,0)]+bodylines(),
   "GOVERNMENT CONFIRMS FIRST CASE OF NOVEL VIRUS AND SETS UP NATIONAL RESPONSE COMMITTEE TO COORDINATE MEASURES"),
 "q2.pdf":([("Press Information Bureau",12,True),("Government of India",11,False),("Ministry of Finance",11,False),("12-March-2019 18:30 IST",10,False),("",0,0),
   ("Finance Ministry releases second instalment of tax devolution to States",13,True),("",0,0)]+bodylines(),
   "Finance Ministry releases second instalment of tax devolution to States"),
 "q3.pdf":([("MEDIA STATEMENT",12,True),("THE NATIONAL TREASURY - REPUBLIC OF SOUTH AFRICA - PRETORIA - 21 FEBRUARY 2018",10,True),("",0,0),
   ("TREASURY PUBLISHES DRAFT RULES ON THE CARBON TAX",13,True),("FOR PUBLIC COMMENT",13,True),("",0,0)]+bodylines(),
   "TREASURY PUBLISHES DRAFT RULES ON THE CARBON TAX FOR PUBLIC COMMENT"),
 "q4.pdf":([("CITY OF CAPE TOWN",14,True),("Media Office",10,False),("",0,0),("MEDIA RELEASE",11,True),("",0,0),("City to roll out free Wi-Fi zones in twenty more",13,True),("community libraries by the end of the year",13,True),("",0,0)]+bodylines(),
   "City to roll out free Wi-Fi zones in twenty more community libraries by the end of the year"),
}
exp={}
for n,(items,t) in Q.items():
    open(os.path.join(OUT,n),'wb').write(build(items)); exp[n]=[t]
e=json.load(open(EXP)); e.update(exp); json.dump(e,open(EXP,'w'),indent=1)
