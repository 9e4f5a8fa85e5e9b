exec(open('/tmp/seg6/gen.py').read())
import shutil
shutil.copy('/tmp/seg6/cand/drupal_press.html',OUT+'/docs/us-house-walz-press-listing.html')
W=P('Tim Walz','Walz'); VA=A('Department of Veterans Affairs','VA','U.S. Department of Veterans Affairs',country='US')
G=[rec('Walz Calls for Passage of the Paycheck Fairness Act on Equal Pay Day','2015-04-14',['2015-04-14'],[W]),
   rec('Walz Recognized as National Leader in Clean Water Advocacy','2015-04-14',['2015-04-14'],[W],[A('National Association of Clean Water Agencies','NACWA')]),
   rec('Walz Announces 2015 Congressional Art Competition','2015-03-24',['2015-03-24'],[W],[],dopt=['2015'],aopt=['U.S. Capitol']),
   rec('After Walz Push, VA Expands Veterans Choice Card Eligibility','2015-03-24',['2015-03-24'],[W,P('McDonald')],[VA]),
   rec('Walz Applauds Initiative to Help Tackle Climate Change','2015-03-19',['2015-03-19'],[W],[A('GE'),A('Honeywell'),A('IBM')]),
   rec('Walz, Boozman, Donnelly, Introduce Bicameral Legislation Giving Military Retirees the Honor They Deserve','2015-03-17',['2015-03-17'],[W,P('Boozman'),P('Donnelly')]),
   rec('Franken, Walz Introduce Bipartisan Legislation to Help Tackle VA Backlog','2015-03-04',['2015-03-04'],[P('Al Franken','Franken'),W],[VA],dopt=['2015']),
   rec('Rep. Walz Statement on House Passage of Long-term DHS Funding Bill','2015-03-03',['2015-03-03'],[W],[A('Department of Homeland Security','DHS',country='US')],aopt=['House','U.S. House of Representatives']),
   rec('Rep. Walz Statement on H.J. Res. 35','2015-02-27',['2015-02-27'],[W]),
   rec('Rep. Walz Lauds Net Neutrality Ruling, Pledges to Continue Fighting to Keep Internet Free and Open for All','2015-02-26',['2015-02-26'],[W],[A('Federal Communications Commission','FCC',country='US')])]
gold('us-house-walz-press-listing.html','REAL listing page of a Member of Congress (Drupal views, house.gov c. 2015) with full site chrome: main menu, breadcrumbs, Issues tags under each item, pager. One record per listed release: headline, its date as printed (Apr 14, 2015), the subtitle and opening sentence as its text. Entities: those the headline and teaser name (the page banner Honorable Tim Walz is chrome, so items that name him only as Walz still take the full name because the teaser of most items names Tim Walz; alias Walz). The [4/14/15] datelines repeat the item date. Act names with their year keep the year in dates_optional.',G)
