import type { DemoStory } from './demo-story.ts';

/** News stories for the demo site: international, politics and business. */
export const newsStories: DemoStory[] = [
  // ───────────────────────────── International ─────────────────────────────
  {
    section: 'international',
    headline: 'Russia and North Korea Sign Mutual-Defence Treaty at Pyongyang Summit',
    dek: 'Kim Jong Un and Vladimir Putin pledged that each country will come to the other’s aid if attacked, the closest tie between the two since the Cold War ended.',
    byline: 'Mina Park',
    ageHours: 118,
    updatedAfterHours: 6,
    tags: ['north korea', 'russia', 'defence', 'diplomacy'],
    body: `Russia and North Korea have signed a treaty that commits each country to provide military help to the other if it comes under armed attack, North Korean state media reported on Thursday, putting into writing a partnership that has grown rapidly since Moscow launched its full-scale invasion of Ukraine.

The accord, billed as a comprehensive strategic partnership agreement, was signed by Kim Jong Un and Vladimir Putin in Pyongyang on Wednesday during the Russian leader’s first trip to the North Korean capital in 24 years. Its text was carried the following day by the Korean Central News Agency.

The core of the document is Article 4. It says that if either party is invaded and finds itself in a state of war, the other will immediately provide military and other assistance with every means it has available. The obligation is tied to the laws of both countries and to Article 51 of the United Nations Charter, the provision that recognises a member state’s right to individual or collective self-defence.

Both governments presented the treaty as a broad upgrade rather than a narrow security pact. Other articles cover trade and investment, science and technology, culture, tourism and humanitarian exchanges. Officials on both sides said the agreement replaced the patchwork of earlier arrangements with a single framework.

Whether Article 4 amounts to an automatic guarantee is already being debated. Some analysts read it as close to a formal alliance; others point to the references to domestic law and the U.N. Charter as qualifiers that give each capital room to decide what “assistance” means in practice.

“The wording gives each side a lever rather than a tripwire,” said Dr Hana Lee, a senior fellow at the Han River Institute for Security Studies in Seoul. “Moscow can tell Pyongyang it has a guarantee, and tell everyone else it has a choice.”

The summit was watched closely in Seoul, Tokyo and Washington, where officials have accused North Korea of shipping artillery shells and ballistic missiles to Russia for use in Ukraine. Both Moscow and Pyongyang have denied any arms transfers. Western governments fear Russia could repay the North with food, energy, hard currency or sensitive military technology.

A diplomat from a Western embassy in Seoul, who asked not to be named because he was not authorised to speak publicly, said the treaty would make it harder to enforce existing United Nations sanctions. “It is very difficult to police a relationship that both parties now describe as an alliance in all but name,” he said.

Neither government has said when the treaty will enter into force, or whether it must first be ratified by their legislatures.`,
  },
  {
    section: 'international',
    headline: 'Seoul Condemns Moscow–Pyongyang Pact and Weighs Shift on Arms for Ukraine',
    dek: 'South Korea’s presidential office said the new treaty threatens the country’s security and that its rule of sending only non-lethal aid to Ukraine is now under review.',
    byline: 'Mina Park',
    ageHours: 112,
    updatedAfterHours: 4,
    tags: ['south korea', 'north korea', 'russia', 'ukraine', 'defence'],
    body: `South Korea’s presidential office on Thursday condemned the defence treaty signed by Russia and North Korea and said Seoul would reconsider its long-standing refusal to send weapons to Ukraine, a potentially significant change for one of the world’s fastest-growing arms exporters.

In a written statement, the office said any cooperation that helped North Korea strengthen its military was a violation of United Nations Security Council resolutions and posed a direct threat to South Korea’s security. It warned that the agreement would inevitably harm relations between Seoul and Moscow.

A senior presidential official, briefing reporters on condition of anonymity under the office’s rules, went further. Asked whether South Korea might now supply arms to Kyiv, the official said the government would review the question of weapons support to Ukraine. “Until now we have drawn a clear line at non-lethal assistance,” the official said. “How we respond depends on how Russia behaves. Everything is on the table.”

South Korea has sent humanitarian aid, medical supplies, mine-clearing equipment and financial support to Ukraine, and it has joined U.S.-led sanctions against Russia. But it has resisted repeated requests to ship weapons directly, pointing to a domestic policy that bars arms sales to countries engaged in active fighting.

The Foreign Ministry struck a more cautious tone. A spokesperson told a regular briefing that officials were going through the treaty clause by clause and would give the government’s formal view when that work was complete, adding that Seoul regretted the two governments’ open talk of military and technical collaboration, which it said ran counter to Security Council sanctions.

Officials in Seoul said they were focusing on whether the treaty obliges Russia to intervene automatically if North Korea is attacked, and on why the defence clause cites the U.N. Charter. Analysts are divided on both points.

Opposition lawmakers urged the government not to rush. A member of the National Assembly’s defence committee, speaking to reporters, said arms shipments could close the door on any future role for Moscow in restraining Pyongyang. Others argued that signalling a willingness to arm Ukraine was the only leverage Seoul had over Russia.

“This is a warning shot, not a decision,” said Dr Hana Lee of the Han River Institute for Security Studies. “Seoul is telling Moscow that there is a price for deepening military ties with the North, and that the price can still go up.”

The Russian Embassy in Seoul did not respond to a request for comment.`,
  },
  {
    section: 'international',
    headline: 'Analysis: What South Korean Shells Could Mean for Ukraine’s Front Line',
    dek: 'If Seoul drops its ban on lethal aid, its deep stockpiles of artillery ammunition and a booming defence industry could change the arithmetic of the war.',
    byline: 'Daniel Okafor',
    ageHours: 76,
    tags: ['south korea', 'ukraine', 'defence', 'arms trade', 'russia'],
    body: `For more than two years, South Korea has been the most conspicuous absentee from the coalition arming Ukraine. Its threat to reconsider that stance after the Russia–North Korea treaty has prompted a simple question in military circles: what could Seoul actually send, and how much would it matter? The short answer is artillery, and possibly a lot of it.

## A nation built for a long war

South Korea has spent decades preparing for a high-intensity conflict on the Korean Peninsula, where both sides face each other across one of the most heavily fortified borders in the world. That means its military holds large reserves of 155mm howitzer shells, the NATO-standard calibre that Ukraine’s Western-supplied guns fire and that its army consumes faster than European factories can produce.

Defence analysts estimate that South Korea’s stockpile runs into the millions of rounds, though the exact figure is classified. Some of that ammunition has already reached Ukraine indirectly, according to reports that Seoul sold or lent shells to the United States to backfill American stocks sent to Kyiv. South Korean officials have never confirmed that any of it was re-exported.

“Direct shipments would remove the fig leaf,” said Dr Hana Lee, a senior fellow at the Han River Institute for Security Studies. “They would also let Seoul decide what goes, when it goes and what it asks for in return.”

## An industry ready to scale

The country’s defence industry is another factor. South Korean manufacturers have signed large export deals in recent years, most notably with Poland, covering tanks, self-propelled howitzers, light fighter jets and rocket launchers. Production lines are already running at high rates, and executives have said they could expand further if orders arrived.

Supplying Ukraine directly would test that capacity and raise the industry’s profile in Europe, where governments are rebuilding their own depleted arsenals. It would also carry risks. Russia is an important market for some South Korean companies, and hundreds of firms have operations or suppliers there.

## Limits and red lines

Analysts caution that Seoul is unlikely to move quickly or to send its most advanced systems. Any shipment would be weighed against South Korea’s own readiness, given that North Korea has been testing missiles at a steady pace. Officials have also hinted that the scale of any shift would depend on what Russia provides to Pyongyang.

A former South Korean defence procurement official, who spoke on condition of anonymity, said shells and air-defence interceptors were the most plausible options. “Tanks and jets make the headlines,” he said. “Ammunition wins the daily fight, and ammunition is what Ukraine is short of.”

For Ukraine, even a partial opening would help ease a chronic shortage at the front. For Seoul, the decision is as much about signalling to Moscow as it is about Kyiv.`,
  },
  {
    section: 'international',
    headline: 'Washington and Tokyo Warn Treaty Could Speed Flow of North Korean Munitions to Russia',
    dek: 'U.S. and Japanese officials said the Pyongyang pact deepens their concern that North Korea is arming Moscow in return for technology that could advance its missile programme.',
    byline: 'Jonah Adler',
    ageHours: 104,
    updatedAfterHours: 9,
    tags: ['north korea', 'russia', 'united states', 'japan', 'defence'],
    body: `The United States and Japan said on Thursday that the new defence treaty between Russia and North Korea heightened their concerns about an arms-for-technology arrangement that could help Moscow sustain its war in Ukraine and accelerate Pyongyang’s weapons programmes.

A senior U.S. administration official, speaking to reporters on condition of anonymity, said Washington had been tracking shipments of North Korean artillery ammunition and ballistic missiles to Russia for months and that the summit in Pyongyang appeared designed to put that relationship on a permanent footing.

“What worries us is not the paper they signed, it’s what moves along the railway and through the ports afterwards,” the official said. “Every shell that leaves North Korea ends up aimed at Ukrainian towns, and whatever comes back the other way could make the Korean Peninsula less safe.”

In Tokyo, the chief cabinet secretary’s office said Japan was gravely concerned by any military cooperation that breached U.N. Security Council resolutions. A Japanese Foreign Ministry official said the government was examining the treaty text with Washington and Seoul and would coordinate its response closely with both allies.

Japan’s worry centres on North Korea’s missile programme. Pyongyang has launched dozens of ballistic missiles in recent years, some of them over or near the Japanese archipelago. Officials fear that Russian help with satellite launches, submarine technology or missile guidance could close gaps that North Korea has struggled to fill on its own.

Both Moscow and Pyongyang have denied any arms transfers. But the dispute has already weakened the international sanctions regime. A U.N. panel of experts that monitored enforcement of sanctions on North Korea was wound up earlier this year after Russia vetoed the renewal of its mandate, leaving no independent body to investigate violations.

A European diplomat at the United Nations in New York said that the treaty would make it even harder to hold the two countries to account. “A permanent member of the Security Council has now signed what amounts to an alliance with a state under Security Council sanctions,” the diplomat said. “That is not a loophole. That is a hole.”

Officials in Washington said they were discussing new unilateral sanctions with partners, including measures targeting shipping firms and financial intermediaries suspected of moving goods between the two countries. Japan and South Korea are also expected to expand their trilateral intelligence sharing with the United States on missile launches.

Analysts say the three allies have few tools to stop trade that crosses a short land border between Russia and North Korea. “The leverage is mostly political,” said Dr Hana Lee of the Han River Institute for Security Studies in Seoul. “The real question is whether Beijing, which has stayed quiet, is comfortable with Moscow becoming Pyongyang’s main patron.”`,
  },
  {
    section: 'international',
    headline: 'Explainer: From 1961 to 2000, How Moscow’s Promise to Pyongyang Rose, Faded and Returned',
    dek: 'The new Russia–North Korea treaty revives a defence commitment that the Soviet Union made during the Cold War and that Russia quietly dropped after the Soviet collapse.',
    byline: 'Claire Whitfield',
    ageHours: 92,
    tags: ['north korea', 'russia', 'defence', 'history', 'explainer'],
    body: `The mutual-defence clause in the treaty signed by Kim Jong Un and Vladimir Putin has been described as the strongest link between Moscow and Pyongyang since the end of the Cold War. To understand why, it helps to look at the two agreements that came before it.

## The 1961 treaty

In July 1961, the Soviet Union and North Korea signed a Treaty of Friendship, Cooperation and Mutual Assistance. Its most important provision obliged each side to give immediate military and other help if the other was attacked by any state or coalition of states. North Korea, under its founding leader Kim Il Sung, signed a similar treaty with China the same month.

For three decades the Soviet guarantee was a pillar of North Korean security, alongside Soviet economic aid, subsidised oil and weapons. It was never tested in a war, but it shaped the calculations of every government in the region.

## Collapse and retreat

That changed as the Cold War ended. Moscow established diplomatic relations with South Korea in 1990, a move that Pyongyang regarded as a betrayal. After the Soviet Union dissolved in 1991, Russia cut back aid to the North and showed little interest in honouring a defence pledge made by a state that no longer existed.

The 1961 treaty lapsed in the 1990s. In 2000, Russia and North Korea signed a new Treaty of Friendship, Good-Neighbourliness and Cooperation. It kept the warm language but dropped the automatic defence commitment. Instead, the two countries agreed to contact each other without delay if a threat to either emerged. Mr Putin visited Pyongyang that year, shortly after it was signed.

## What is different now

The new treaty restores a pledge of military assistance in the event of war. Under Article 4, if one country is invaded the other is to provide military and other help using all available means. But the clause also refers to each country’s laws and to Article 51 of the United Nations Charter, which recognises the right to self-defence.

Analysts disagree on how much that qualification matters. “The 1961 text was an alliance in the classic Cold War sense,” said Dr Hana Lee of the Han River Institute for Security Studies in Seoul. “The new one is closer in spirit, but the lawyers clearly had a hand in it.”

The context has also changed. In 1961 Moscow was the senior partner, supplying a client state. Today Russia needs North Korean munitions for its war in Ukraine, and North Korea has nuclear weapons of its own. Several analysts say the relationship looks more like a transaction between two isolated governments than a revival of the old patronage.

## And China?

The 1961 treaty between China and North Korea remains in force, renewed every 20 years. That makes North Korea the only country with defence commitments from both Beijing and Moscow, a position that gives Pyongyang unusual room to play its larger neighbours against each other.`,
  },
  {
    section: 'international',
    headline: 'India and UAE Agree New Initiatives and Set Out an Agenda for 2026',
    dek: 'The two governments widened cooperation on energy, food security, payments and skills, and agreed a work plan to track progress through next year.',
    byline: 'Priya Raman',
    ageHours: 150,
    tags: ['india', 'uae', 'trade', 'diplomacy', 'energy'],
    body: `India and the United Arab Emirates have agreed a package of new initiatives covering energy, food security, digital payments and skills training, and finalised a joint agenda intended to guide their relationship through 2026, officials from both countries said.

The agreements were reached during a meeting of a joint commission in New Delhi that brought together senior ministers and officials from both sides. They build on a comprehensive economic partnership agreement that came into force in 2022 and has since helped push bilateral trade to record levels.

On energy, the two governments agreed to expand cooperation on liquefied natural gas supply, strategic oil storage and green hydrogen. An Indian official involved in the talks said the aim was to move the relationship “from buyer and seller to co-investor”, with UAE funds taking stakes in Indian renewable projects.

Food security was another focus. The UAE imports most of its food and has invested in agricultural supply chains abroad, while India is looking for stable export markets for its farmers. Officials said work on dedicated food parks in India, linked to logistics corridors to Gulf ports, would be accelerated.

Both sides welcomed growth in trade settled in rupees and dirhams, and agreed to further integrate their domestic payment systems so that travellers and migrant workers can send money more cheaply. The UAE is home to one of the largest Indian communities abroad, and remittances from the Gulf are an important source of income for millions of Indian households.

The agenda also commits officials to review non-tariff barriers that exporters on both sides have complained about, including product standards and certification delays. On skills, the two governments agreed to expand vocational training and the mutual recognition of qualifications for Indian workers heading to the Gulf.

The 2026 agenda lists target dates for each initiative and assigns responsibility to specific ministries, which officials said would make it easier to measure progress. Working groups are due to report back before the next commission meeting. “Previous statements were strong on intentions and weaker on follow-through,” said Arjun Mehta, a trade economist at a Mumbai research firm. “A calendar with names attached is a sign both sides want to be held to account.”

An Emirati official said the relationship had become one of the UAE’s most important partnerships outside the Gulf. Analysts note that both countries are also linked through wider projects, including a proposed trade corridor connecting India to Europe through the Middle East, although regional tensions have slowed progress on that plan.

Business groups welcomed the announcements but said the real test would be in implementation, particularly in easing customs procedures and speeding up approvals for investment.`,
  },
  {
    section: 'international',
    headline: 'European Ministers Back Single Booking Plan for Cross-Border Train Travel',
    dek: 'Transport ministers endorsed a proposal that would let passengers buy one ticket for journeys crossing several national rail networks, with protection if a connection is missed.',
    byline: 'Claire Whitfield',
    ageHours: 310,
    updatedAfterHours: 20,
    tags: ['europe', 'transport', 'rail', 'eu'],
    body: `European transport ministers have endorsed a plan to let passengers book a single ticket for train journeys that cross several national rail networks, a change that campaigners say could make rail a realistic alternative to short-haul flights across the continent.

Under the proposal, rail operators would be required to share timetable and fare information with each other and with ticket-selling platforms, so that a traveller going from, say, Lisbon to Berlin could search, compare and pay for the whole trip in one transaction.

The most significant change for passengers concerns delays. At present, travellers who book separate tickets with different operators are usually left to fend for themselves if a late train causes them to miss a connection. The new rules would give passengers on a through ticket the right to be rebooked on the next available service at no extra cost, and to claim compensation.

“Anyone who has tried to cross three borders by train knows the anxiety of a tight connection on a separate ticket,” said Elise Vermeer, a spokesperson for a European passenger rights group. “This finally puts the risk where it belongs, with the operators.”

Some national operators have resisted opening up their sales data, arguing that it could hand an advantage to large online platforms and undermine their own booking sites. Smaller operators have also raised concerns about the cost of adapting ticketing systems.

A diplomat from one member state, speaking on condition of anonymity, said the compromise gives operators a transition period of several years and allows them to charge platforms a reasonable fee for access to data. “Nobody got everything they wanted, which is usually how you know the deal is workable,” the diplomat said.

The plan still needs approval from the European Parliament, where lawmakers have pushed for tougher obligations and shorter deadlines. Negotiations between the two institutions are expected to begin in the autumn.

Rail ridership across Europe has grown in recent years, helped by new night-train routes and climate concerns, but cross-border journeys still account for a small share of the total. Industry analysts say fragmented ticketing, incompatible signalling systems and a shortage of rolling stock are among the main obstacles.

Environmental groups welcomed the ministers’ decision but said it should be paired with investment in infrastructure. “A single ticket is a good start,” said Ms Vermeer. “But it won’t help much if the train you’ve booked still has to crawl over a bottleneck at the border.”`,
  },
  {
    section: 'international',
    headline: 'Chile’s Lithium Towns Press for a Bigger Share as Production Expands',
    dek: 'Communities in the Atacama Desert say they bear the environmental cost of the battery boom and want more say over water use and a larger slice of royalties.',
    byline: 'Tomás Herrera',
    ageHours: 520,
    tags: ['latin america', 'chile', 'mining', 'trade', 'climate'],
    body: `In the salt flats of northern Chile, where vast evaporation ponds turn brine into the lithium that powers electric cars, local communities are stepping up demands for a greater share of the wealth that the metal generates and a stronger voice over how the region’s scarce water is used.

Chile is one of the world’s largest lithium producers, and the government has set out plans to expand output through partnerships between state-owned companies and private operators. Officials say the strategy will bring investment, jobs and revenue to one of the driest places on earth.

For indigenous communities around the Salar de Atacama, the main concern is water. Lithium extraction involves pumping brine from beneath the salt flat and leaving it to evaporate in the sun, and residents fear that the process is drawing down the aquifers that feed wetlands, pastures and the lagoons where flamingos nest.

“We are told this is the metal of the green transition,” said Rosa Calfucura, a community leader from a village near the salt flat. “But a transition that dries up our land is not green for us.”

Mining companies say they monitor water levels closely and are testing new technologies that would return brine to the ground after the lithium is extracted, reducing the impact on the aquifer. Several have signed agreements with local councils that include payments and development projects.

Community groups want a larger proportion of royalties channelled directly to the municipalities where extraction takes place, rather than to the central treasury. They are also calling for binding consultation on new projects, not just consultation on paper. A regional government official, speaking on condition of anonymity, acknowledged frustration among residents. “People see trucks full of product leaving every day and ask why the school roof still leaks,” the official said.

The dispute comes as governments and carmakers race to secure lithium supplies. Prices have swung sharply in recent years, rising to record highs before falling as new mines came online and demand for electric vehicles grew more slowly than expected.

Analysts say Chile’s approach, which gives the state a larger role than in neighbouring Argentina, is being watched across the region. “Chile is trying to show that you can capture more value at home without scaring off investors,” said Marco Ibáñez, a mining analyst in Santiago. “The communities are reminding everyone that value has to reach the people living next to the ponds.”

The government has said it will hold further talks with community representatives before new contracts are signed.`,
  },
  {
    section: 'international',
    headline: 'Pacific Island States Press Wealthy Nations for Faster Climate Damage Payouts',
    dek: 'Leaders of low-lying nations said a global fund for climate losses remains too small and too slow, and warned they will push hard at the next round of U.N. talks.',
    byline: 'Leila Haddad',
    ageHours: 880,
    tags: ['climate', 'diplomacy', 'united nations', 'pacific'],
    body: `Leaders of Pacific island nations have called on wealthy countries to pay money into a global fund for climate-related loss and damage more quickly and in far greater amounts, warning that rising seas and stronger storms are already forcing some communities to relocate.

Meeting ahead of the next round of United Nations climate negotiations, ministers from several low-lying states said the fund, which was agreed at U.N. talks in 2022 and formally launched the following year, had received pledges worth only a small fraction of what vulnerable countries need.

“This is not charity, and it is not aid,” said Talia Manu, the environment minister of one of the atoll nations, who chaired a session of the meeting. “It is a responsibility that comes from the simple fact that the countries who did least to cause this crisis are paying the highest price for it.”

The ministers said money should be released faster and with less paperwork, noting that small island governments often lack the staff to complete lengthy application processes. They also asked that the fund pay for the costs of moving villages, protecting burial grounds and preserving cultural sites threatened by coastal erosion.

Wealthy nations have agreed in principle to support the fund, but there is no binding formula for contributions. Some developed countries argue that large emerging economies with high emissions should also contribute, a position that those economies reject under the long-standing principle that industrialised nations bear historic responsibility.

A European negotiator, speaking on condition of anonymity, said that donors were willing to increase pledges but wanted clearer rules on how money would be spent. “Everyone agrees the need is real,” the negotiator said. “The argument is over governance, and that argument takes time that the islands say they do not have.”

Several Pacific states are among the most exposed countries on earth to the effects of climate change. Some atolls rise only a few metres above sea level, and salt water is already intruding into wells and gardens. Governments have begun drawing up long-term plans for relocating communities to higher ground, in some cases on other islands.

Climate diplomats say the Pacific bloc has punched above its weight in past negotiations, helping to secure the 1.5C warming goal in the Paris Agreement. Observers expect the group to form alliances with African and Caribbean states to press its case.

“Small countries have learned that their voice carries further when they speak together,” said Dr Sione Latu, a researcher at a regional university. “They will need every ally they can find.”`,
  },

  // ─────────────────────────────── Politics ───────────────────────────────
  {
    section: 'politics',
    headline: 'Punjab Opens 54 New Digital Service Centres to Cut Queues for Certificates',
    dek: 'The state government says the centres will let residents apply for hundreds of services in one place, from birth certificates to pension papers.',
    byline: 'Priya Raman',
    ageHours: 20,
    updatedAfterHours: 3,
    tags: ['india', 'punjab', 'digital services', 'governance'],
    body: `The Punjab government has opened 54 new digital public-service centres across the state, expanding a network intended to let residents apply for certificates, licences and welfare benefits without travelling to multiple government offices.

The centres, located in towns and larger villages in several districts, offer access to hundreds of services, including birth and death certificates, residence and income certificates, pension applications, land-record copies and utility connections. Staff help applicants fill in forms online, scan documents and track the progress of their requests.

Officials said the expansion was aimed particularly at rural residents, who have often had to make repeated trips to district headquarters and wait for hours to submit paperwork. Several of the new centres are in areas that previously had no such facility within easy reach.

“The idea is simple: the citizen should not have to chase the file,” said Harpreet Sandhu, a senior official in the state’s governance reforms department. “The file should move, and the citizen should get a text message when it is done.”

The state says applications are processed within fixed time limits, and that officials who miss deadlines can be held accountable. Residents can also book appointments in advance to avoid queues.

Residents in some towns welcomed the new facilities. A shopkeeper in a district town said he had been able to get an income certificate for his daughter’s college admission in two days, compared with several visits the previous year.

Others were more sceptical. Opposition politicians said similar announcements had been made in the past and that some existing centres were short of staff or suffered from unreliable internet connections. A local councillor from an opposition party said the government should publish data on how many applications were actually completed on time.

Experts say centres staffed by trained operators are important in a state where many older residents and people in rural areas are not comfortable using online portals on their own phones. “Putting services online does not help much if people cannot use them,” said Dr Kavita Ahluwalia, a public-policy researcher in Chandigarh. “A physical counter with a helpful person remains the bridge.”

The government said more centres would open in the coming months and that it planned to add services linked to agriculture and transport. Officials also said they were working on a system that would let some certificates be issued automatically, using data already held by government departments, so that residents would not need to apply at all.`,
  },
  {
    section: 'politics',
    headline: 'Victorian Budget Passes Upper House After Late-Night Crossbench Deal',
    dek: 'The state government secured the votes it needed by agreeing to extra funding for regional hospitals and a review of a contested property levy.',
    byline: 'Samuel Osei',
    ageHours: 190,
    tags: ['australia', 'budget', 'economy', 'health'],
    body: `The Victorian government’s budget has passed the state’s upper house after a late-night deal with crossbench members that added funding for regional hospitals and committed the government to reviewing a contested property levy.

The bills cleared the Legislative Council shortly after 2am following a debate that stretched over two days. The government does not hold a majority in the chamber and needed the support of several minor-party and independent members to get its spending plans through.

Under the agreement, the government will provide additional money for emergency departments and maternity services in regional areas, where crossbench members had argued that closures and staff shortages were forcing patients to travel long distances. It also agreed to an independent review of a levy on commercial and investment properties, which business groups had criticised as a tax on growth.

“We came in with a list and we’re leaving with most of it,” said Fiona Gallagher, an independent member for a regional electorate. “People in country towns shouldn’t have to drive two hours to have a baby.”

The treasurer’s office, in a statement, said the budget remained on track to return to surplus and that the agreed measures were “responsible and affordable”.

The opposition said the deal showed the government had lost control of its finances. Its finance spokesman, Gregory Walsh, said the state’s debt was too high and that the review of the property levy was an admission the tax had been a mistake. “You don’t review a policy that is working,” he told the chamber. “This budget was held together with sticky tape at two in the morning.”

The budget includes large investments in transport, schools and health, but it has been dominated by debate over the state’s debt, which has grown substantially in recent years. Ratings agencies have warned that they are watching the government’s plans to bring borrowing under control.

Economists said the concessions were modest relative to the overall size of the budget. “These are sensible targeted measures, and they won’t move the dial on the deficit,” said Dr Lucy Tran, an economist at a Melbourne university. “The bigger challenge is the long-term cost of servicing the debt as interest rates stay higher.”

Crossbench members said they would use the review of the property levy to push for changes before next year’s budget. The government said the review would report within six months.`,
  },
  {
    section: 'politics',
    headline: 'Election Regulator Orders Clear Labels on Paid Online Campaign Posts',
    dek: 'New rules will require every paid political advertisement on social media to show who paid for it, with fines for parties and third-party groups that fail to comply.',
    byline: 'Claire Whitfield',
    ageHours: 410,
    tags: ['elections', 'ireland', 'social media', 'regulation'],
    body: `Ireland’s electoral regulator has announced new rules requiring every paid political advertisement online to carry a clear label showing who paid for it, in an effort to improve transparency before the next round of local and national elections.

The rules, which will take effect before the next general election, apply to political parties, candidates and third-party campaign groups. Advertisements on social media, search engines and video platforms must include a visible notice naming the sponsor and linking to a public database containing details of spending and targeting.

The regulator said its decision was based on a consultation that found voters were often unable to tell who was behind paid content, particularly when it was posted by groups with generic names. It also found that some advertisements stopped short of calling for a vote for a specific party but were clearly designed to influence an election.

“If someone is paying to put a political message in front of you, you are entitled to know who it is,” said Niamh Costello, a director at the regulator. “That is not a high bar, and it is one that printed leaflets have had to clear for decades.”

Under the new system, platforms must keep a searchable archive of political advertisements, including how much was spent and the broad characteristics of the audience targeted. Breaches can result in fines and orders to remove content.

Most major parties said they supported the principle, although some raised concerns about the administrative burden on small parties and independent candidates with limited staff. A spokesperson for one smaller party said the rules should be accompanied by clear guidance and a grace period for minor mistakes.

Digital-rights campaigners welcomed the move but said it did not go far enough. They want limits on micro-targeting, in which advertisers use personal data to send tailored messages to narrow groups of voters.

Experts said the real test would be whether the regulator had the resources to monitor a vast volume of online content and to act quickly during campaigns, when the effect of misleading material can be greatest. “Rules on paper are one thing; enforcement in the last week of a campaign is another,” said Dr Conor Flynn, a political scientist at a Dublin university. “The regulator needs the staff and the technical tools to match the platforms.”

The regulator said it would publish guidance for campaigners over the summer and run a public information campaign to help voters understand the labels.`,
  },
  {
    section: 'politics',
    headline: 'Albuquerque Mayoral Race Narrows to Two as Housing and Water Dominate',
    dek: 'A former city planner and a small-business owner will face each other in a run-off after neither won a majority in the first round.',
    byline: 'Jonah Adler',
    ageHours: 6,
    tags: ['elections', 'local government', 'housing', 'united states'],
    body: `Albuquerque’s mayoral election is heading to a run-off between a former city planner and a small-business owner, after neither candidate secured a majority in a crowded first round dominated by debate over housing costs and water supply.

With nearly all ballots counted, Elena Ortiz, a former director of the city’s planning department, led the field, followed by Mark Delaney, a restaurant owner and first-time candidate. Four other candidates trailed well behind.

Housing has been the defining issue of the campaign. Rents in the city have risen sharply in recent years, and homelessness has become more visible in several neighbourhoods. Ms Ortiz has promised to speed up approvals for apartment buildings near transit corridors and to convert vacant commercial buildings into homes.

“We can’t permit our way out of this crisis at the current pace,” she told supporters at a campaign event on election night. “We need to build, and we need to build where people already live and work.”

Mr Delaney has campaigned on public safety and support for small businesses, arguing that crime and vacant shopfronts are driving people away from downtown. He has also called for a freeze on city fees for new businesses. “People want to feel safe walking to dinner,” he said. “If we get that right, everything else gets easier.”

Water is also a recurring theme in a desert city that depends partly on river water and partly on groundwater. Both candidates have pledged to protect supplies, but they differ on how to pay for new infrastructure. Ms Ortiz supports higher charges for the largest users, while Mr Delaney says the city should look for savings elsewhere first.

Turnout was modest, continuing a trend in local elections across the United States. Election officials said the run-off would be held next month.

Political analysts say the second round will depend on whether supporters of the eliminated candidates, several of whom campaigned on progressive platforms, turn out again. “Ortiz has the bigger base, but Delaney has a clearer message,” said Dr Anita Reyes, a political scientist at a local university. “Run-offs reward the candidate who gets their voters back to the polls.”

Both candidates said they would hold community meetings across the city before the run-off.`,
  },
  {
    section: 'politics',
    headline: 'Parliamentary Committee Finds Flood Defence Programme Fell Short of Targets',
    dek: 'Lawmakers said thousands fewer homes were protected than promised and called on ministers to publish a realistic plan for repairing ageing defences.',
    byline: 'Daniel Okafor',
    ageHours: 265,
    updatedAfterHours: 30,
    tags: ['parliament', 'flooding', 'climate', 'infrastructure'],
    body: `A cross-party parliamentary committee has concluded that a national programme to build and repair flood defences protected far fewer homes than promised, and warned that many existing barriers are deteriorating faster than they are being fixed.

In a report published on Friday, the committee said that delays, rising construction costs and a shortage of engineers had forced the government to cut the number of projects it could deliver. It also found that the condition of a significant proportion of existing flood defences had worsened, with some assets rated as poor or very poor.

The committee’s chair, Helen Markham, said the original targets had been unrealistic. “Ministers promised protection that the programme was never properly funded to deliver,” she said. “Families in flood-risk areas deserve honesty about what will be built and when.”

The report criticised the department responsible for failing to update its estimates as costs rose, and said ministers had been slow to tell Parliament that the programme was behind schedule.

A large part of the report focused on maintenance. The committee said that money for new schemes had been easier to secure than funding for the upkeep of existing embankments, walls and pumping stations, and that this imbalance was storing up problems for the future. “It is the equivalent of building a new extension while the roof of the main house is leaking,” said one engineer who gave evidence to the inquiry, speaking on condition of anonymity.

A spokesperson for the department said it welcomed the report and was investing record sums in flood protection. The spokesperson said that inflation in the construction sector had affected many infrastructure projects and that the government had prioritised schemes that protected the most homes.

The committee called on the government to publish a revised plan within six months, setting out which projects will go ahead, how the maintenance backlog will be reduced and how the department will account for a changing climate, which is expected to bring more frequent heavy rainfall.

Environmental groups said the findings showed that adaptation to climate change was being neglected. “We are spending to recover from floods instead of spending to prevent them,” said Dr Amelia Ross, a hydrologist. “Every pound spent on maintenance saves several in clean-up costs.”

Insurers also welcomed the report, saying that better defences were essential to keep cover affordable in high-risk areas.`,
  },
  {
    section: 'politics',
    headline: 'Congestion Charge Plan Splits Manchester Council as Business Groups Push Back',
    dek: 'A proposal to charge drivers entering the city centre at peak times has divided councillors, with shop owners warning of lost trade and health groups backing the scheme.',
    byline: 'Samuel Osei',
    ageHours: 640,
    tags: ['transport', 'local government', 'climate', 'economy'],
    body: `A plan to charge drivers for entering the centre of Manchester at peak times has split the city’s council, with business groups warning it would drive customers away and public-health campaigners arguing it is needed to cut pollution and ease congestion.

The proposal, drawn up by the council’s transport committee, would introduce a daily charge for most private cars entering a central zone on weekday mornings and evenings. Residents of the zone, disabled drivers and some commercial vehicles would receive discounts or exemptions. Money raised would be used to improve bus services and cycling routes.

The plan’s supporters say that traffic in the city centre has returned to pre-pandemic levels and that buses are being slowed by congestion. “If we want reliable buses, we have to give them room to move,” said Councillor Ruth Adeyemi, a member of the transport committee. “This is about making the centre work for everyone, not just people in cars.”

Opponents, including several members of the ruling group, say the charge would hit workers on low incomes who have no practical alternative to driving, particularly those working night shifts. “We would be charging the cleaner and the care worker to subsidise a problem they didn’t cause,” said Councillor Paul Hennessy, an opposition member.

Retailers and hospitality businesses say footfall in the city centre has still not fully recovered, and that a charge could push shoppers to out-of-town retail parks with free parking. A business group representing hundreds of firms said it would campaign against the plan unless it was delayed until public transport had improved.

“Put the buses in first, then talk about charges,” said a spokesperson for the group.

Transport researchers say charging schemes in other cities have generally reduced traffic and improved air quality, although the effects on business are harder to measure. “The experience elsewhere is that the fierce opposition before introduction often softens once people see the results,” said Dr Imran Qureshi, a transport economist. “But design matters enormously, especially exemptions and how the money is spent.”

The council has launched a public consultation that will run for 12 weeks. Officials said a final decision would be made later in the year, and that any charge would not start for at least 18 months.

Political observers say the issue could shape next year’s local elections, with candidates on both sides expected to make it a central part of their campaigns.`,
  },

  // ─────────────────────────────── Business ───────────────────────────────
  {
    section: 'business',
    headline: 'Reserve Bank of India Holds Rates Steady but Opens the Door to a Cut',
    dek: 'The central bank kept its key lending rate unchanged for another meeting, while signalling that easing food prices could allow it to lower borrowing costs later this year.',
    byline: 'Priya Raman',
    ageHours: 12,
    updatedAfterHours: 2,
    tags: ['india', 'economy', 'interest rates', 'inflation'],
    body: `The Reserve Bank of India left its benchmark interest rate unchanged at its latest policy meeting but softened its language on inflation, suggesting that a cut in borrowing costs could come later this year if food prices continue to ease.

The decision by the central bank’s monetary policy committee was in line with the expectations of most economists. But the committee’s statement noted that price pressures had moderated and that the outlook for the monsoon was favourable, prompting investors to bring forward their expectations for the first cut.

Consumer price inflation has slowed in recent months, helped by lower vegetable prices and stable fuel costs. Core inflation, which excludes food and energy, has remained subdued. However, the central bank said it wanted to see a sustained decline in food inflation before acting.

“The committee is looking for confirmation, not just a good month,” said Rohan Iyer, chief economist at a Mumbai brokerage. “If the monsoon delivers and vegetable prices behave, a cut in the second half of the year looks likely.”

The Indian economy has been one of the fastest-growing major economies in the world, supported by government spending on infrastructure and solid consumer demand in cities. The central bank kept its growth forecast for the current fiscal year broadly unchanged. Some economists argue that high real interest rates are starting to weigh on smaller businesses and rural consumers, and that the central bank can afford to ease sooner. Others warn that cutting too early could reignite inflation, particularly if global oil prices rise.

Government bond yields edged lower after the decision, and the rupee was little changed against the dollar. Shares of banks and property developers rose, reflecting hopes that lower rates would boost lending and housing demand.

Analysts also noted the central bank’s comments on global conditions. The statement said that uncertainty over the timing of interest-rate cuts by the U.S. Federal Reserve and volatile commodity prices remained risks to the outlook.

Separately, the central bank said it would continue to manage liquidity in the banking system to keep short-term rates close to its policy rate. Bankers said conditions had tightened in recent weeks due to tax payments and government cash balances.

“The tone was measured, but the direction of travel is clear,” said Sneha Kulkarni, a fixed-income strategist. “The next move is more likely to be down than up.” The next policy meeting is scheduled for August.`,
  },
  {
    section: 'business',
    headline: 'Norvane Semiconductor Profit Surges on AI Memory Demand',
    dek: 'The South Korean chipmaker reported its strongest quarter in three years as data-centre customers snapped up high-bandwidth memory, though smartphone demand remained weak.',
    byline: 'Mina Park',
    ageHours: 128,
    tags: ['south korea', 'technology', 'semiconductors', 'earnings'],
    body: `Norvane Semiconductor, a South Korean memory-chip maker, reported its strongest quarterly profit in three years on Thursday as demand for chips used in artificial-intelligence servers offset continued weakness in smartphones and personal computers.

The company said operating profit rose more than fourfold from a year earlier, beating analysts’ forecasts, while revenue climbed by more than half. Its shares rose 6 per cent in Seoul trading, reaching a record high.

Much of the growth came from high-bandwidth memory, a type of stacked chip that sits beside the processors used to train and run large AI models. The chips sell for several times the price of conventional memory, and supply is tight because they are difficult to manufacture.

“We are effectively sold out of our advanced memory capacity for this year,” Min-jun Seo, the company’s chief financial officer, told analysts on an earnings call. “Customers are already discussing volumes for next year.”

Norvane said it would increase capital spending to add production lines for advanced memory and to expand packaging capacity, which has become a bottleneck across the industry.

The picture was less rosy in the company’s traditional businesses. Demand for memory used in smartphones and laptops recovered only slightly, and the company said customers remained cautious about building inventory. Prices for conventional memory chips rose modestly but remained below their previous peak. Analysts also flagged the risk of overinvestment. The memory industry has a long history of boom-and-bust cycles, in which manufacturers add too much capacity during good times and then suffer when prices collapse.

“The question everyone is asking is how long the AI build-out lasts,” said Ji-woo Kang, a technology analyst at a Seoul securities firm. “For now the demand is real, but the industry has been burned before.”

The results come amid rising trade tensions over semiconductors. Export controls on advanced chip technology have complicated sales to some markets, and governments in the United States, Europe and Asia are offering subsidies to attract new factories.

Norvane said it was studying options for expanding production outside South Korea but had not made a decision. The company also said it was monitoring the impact of currency movements, as a weaker won has boosted the value of its overseas sales. The company expects revenue to grow again in the current quarter, led by continued demand from data-centre customers.`,
  },
  {
    section: 'business',
    headline: 'Container Shipping Rates Climb Again as Carriers Avoid the Red Sea',
    dek: 'Freight costs on routes between Asia and Europe have risen for several weeks in a row, squeezing importers and raising fears of higher prices for consumers.',
    byline: 'Leila Haddad',
    ageHours: 230,
    tags: ['shipping', 'trade', 'economy', 'europe'],
    body: `The cost of shipping a container from Asia to Europe has risen for several consecutive weeks, as carriers continue to divert vessels around southern Africa to avoid attacks in the Red Sea and importers rush to secure space before the peak season.

Spot rates on the main routes between China and northern Europe have more than doubled since the start of the year, according to freight benchmarks, although they remain well below the highs reached during the pandemic. Rates on trans-Pacific routes to the United States have also risen.

Most large container lines have avoided the Suez Canal since late last year, sending ships around the Cape of Good Hope instead. The detour adds roughly 10 to 14 days to a typical voyage between Asia and Europe, which means more ships are needed to maintain the same schedules and more fuel is burned.

“Every week at sea is a week that ship isn’t available for the next cargo,” said Karin Lindqvist, a freight analyst in Copenhagen. “The effective capacity of the global fleet has shrunk, even though new ships keep being delivered.”

Retailers and manufacturers say the higher costs and longer transit times are forcing them to hold more inventory and place orders earlier. Some have shifted shipments to air freight for urgent goods, further increasing costs. “We started our holiday orders a month earlier than usual,” said the logistics director of a European homeware retailer, who asked not to be named. “You can plan around delays, but you can’t plan around not getting space on a ship at all.”

Port congestion has added to the pressure, with some hubs in Asia and Europe reporting waiting times as vessels arrive out of their usual sequence.

Economists say the effect on consumer prices so far has been limited, because shipping is a small share of the final cost of most goods. But they warn that a prolonged rise could add to inflation at a time when central banks are hoping to cut interest rates.

Industry analysts expect rates to remain elevated as long as the Red Sea remains unsafe for commercial shipping. A large number of new container ships are due to be delivered this year, which could ease pressure once the diversions end.

“The moment the Red Sea reopens, we could go from shortage to surplus very quickly,” said Ms Lindqvist. “That is the risk carriers are managing right now.”`,
  },
  {
    section: 'business',
    headline: 'Hartwell & Co to Cut 1,200 Jobs and Close 40 Stores',
    dek: 'The department-store chain said weaker spending and rising costs had forced it to shrink its estate and shift investment to online sales.',
    byline: 'Daniel Okafor',
    ageHours: 2,
    tags: ['retail', 'jobs', 'economy', 'layoffs'],
    body: `Hartwell & Co, a department-store chain, said on Tuesday that it would close 40 of its shops and cut about 1,200 jobs as part of a restructuring aimed at reducing costs and focusing investment on its online business.

The company said the closures would take place over the next 12 months and would mainly affect smaller stores in secondary shopping streets and older retail parks. About 200 roles at its head office and distribution centres are also expected to go.

In a statement, the company’s chief executive, Catherine Doyle, said trading had been hit by cautious consumer spending, higher wage costs and rising rents and business rates. “These are difficult decisions that affect colleagues who have worked hard for the business,” she said. “But we need to create a smaller, stronger company that can invest in what our customers want.”

Hartwell said sales at stores open for more than a year fell in the last financial year, while online sales grew. The company made a loss before tax, compared with a small profit the previous year.

The company plans to spend more on its website and app, improve delivery times and expand its click-and-collect service in the stores that remain open. It also intends to refurbish its largest shops, adding cafés and space for beauty services.

Retail analysts said the move reflected broader changes in the industry. “Department stores have been squeezed from both sides, by online retailers and by discount chains,” said Naomi Fletcher, a retail analyst. “Cutting the store estate is painful but probably overdue.”

A trade union representing shop workers criticised the decision and called on the company to find alternative roles for affected staff. A union official said many of the employees were long-serving and lived in towns where few other jobs were available. The company said it would try to redeploy staff to other stores where possible and would offer support to those leaving, including help with finding new work.

Local councils expressed concern about the effect of the closures on high streets, where department stores have often acted as anchors that draw shoppers to smaller shops nearby. Several towns have seen empty units increase in recent years.

Shares in Hartwell rose in early trading, as investors welcomed the cost cuts. The company said it expected the restructuring to produce annual savings once completed.`,
  },
  {
    section: 'business',
    headline: 'Battery Recycler Kiln Labs Raises $48 Million to Build Its First Plant',
    dek: 'The startup, which recovers lithium, nickel and cobalt from used batteries, will use the money to open a commercial-scale facility and hire engineers.',
    byline: 'Tomás Herrera',
    ageHours: 460,
    updatedAfterHours: 26,
    tags: ['startups', 'funding', 'technology', 'climate', 'mining'],
    body: `Kiln Labs, a startup that recovers valuable metals from used electric-vehicle batteries, has raised $48 million in a Series B funding round to build its first commercial-scale recycling plant.

The round was led by a climate-focused venture fund and included existing investors and a strategic investment from a battery materials company. The startup declined to disclose its valuation, but people familiar with the deal said it was significantly higher than at its previous round.

Kiln Labs uses a chemical process that it says can recover a high proportion of the lithium, nickel and cobalt contained in spent batteries, using less energy and producing less waste than traditional methods that rely on high-temperature smelting. The recovered metals can be sold back to battery manufacturers.

“Every battery that reaches the end of its life is a small mine,” said Dr Aisha Bello, the company’s co-founder and chief executive. “Our job is to make extracting those materials cheaper and cleaner than digging new ones out of the ground.”

The new plant, which the company expects to open within two years, will be able to process tens of thousands of tonnes of battery material a year. The company also plans to hire engineers and chemists and to expand its research into recycling newer types of batteries.

Battery recycling has attracted significant investment as governments push to build domestic supply chains for critical minerals and reduce reliance on imports. Rules in several regions are also beginning to require that new batteries contain a minimum share of recycled material.

But the sector faces challenges. The number of electric-vehicle batteries reaching the end of their life is still relatively small, so many recyclers rely on factory scrap. Falling prices for lithium and nickel have also squeezed margins, and some high-profile recycling startups have struggled to raise new funding.

“Investors have become much more selective,” said Ben Ortega, a venture capital analyst. “They want to see a clear path to profitability and proven technology at scale, not just a promising lab result.”

Dr Bello said the company had signed supply agreements with battery manufacturers and carmakers that would provide material for the new plant. She said the recent fall in metal prices had not changed the long-term case. “Prices will move up and down,” she said. “But the direction is clear. The world is going to need a lot more of these materials, and a lot of them are already sitting in our garages.”`,
  },
  {
    section: 'business',
    headline: 'Oil Slips as Demand Worries Outweigh Producers’ Supply Restraint',
    dek: 'Crude prices fell for a third session as weak economic data from major importers overshadowed signs that output cuts are tightening the market.',
    byline: 'Leila Haddad',
    ageHours: 28,
    updatedAfterHours: 5,
    tags: ['oil', 'energy', 'economy', 'trade'],
    body: `Oil prices fell for a third consecutive session on Monday, as concerns about slowing demand in major economies outweighed evidence that production cuts by leading exporters are reducing global supplies.

Brent crude, the international benchmark, fell by about 1.5 per cent in afternoon trading, while West Texas Intermediate, the U.S. benchmark, recorded a similar decline. Both are down for the month.

The latest weakness followed softer-than-expected manufacturing data from China, the world’s largest crude importer, and signs that fuel consumption in the United States has been slower to pick up during the summer driving season than many traders had hoped.

“The market is caught between two stories,” said Lars Hedlund, a commodities strategist in London. “Producers are holding back barrels, but buyers aren’t showing up with the appetite needed to push prices higher.”

The Organisation of the Petroleum Exporting Countries and its allies, a group known as OPEC+, have kept significant volumes of output off the market, and the group has signalled it could extend those reductions. Inventories in some regions have fallen as a result. But production outside the group, particularly in the United States, Brazil and Guyana, has continued to grow, offsetting some of those cuts. Analysts say this has limited the group’s ability to support prices.

Traders are also watching tensions in the Middle East and the war in Ukraine, which have periodically raised fears of supply disruption. So far, actual losses of supply have been limited, and the risk premium in oil prices has shrunk. “The market has become used to headlines that don’t result in lost barrels,” said Mr Hedlund. “It would take a real disruption to change that.”

Lower oil prices are welcome news for importing countries and for central banks trying to bring down inflation. Fuel costs have a direct effect on consumer prices and on the cost of transporting goods.

Economists in India, one of the largest oil importers, said a sustained fall would ease pressure on the rupee and on the government’s budget, which subsidises some fuels. “Every dollar off the oil price is a small gift to India’s trade balance,” said Meera Joshi, an economist in New Delhi.

Analysts expect prices to remain within a relatively narrow range in the coming weeks, with the next meeting of OPEC+ ministers and upcoming economic data likely to set the direction.`,
  },
];
