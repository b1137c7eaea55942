import type { DemoStory } from './demo-story.ts';

export const featureStories: DemoStory[] = [
  // ───────────────────────────── technology ─────────────────────────────
  {
    section: 'technology',
    headline: 'Norvia Confirms ‘Turbo’ Phone Series Built Around Sustained Performance',
    dek: 'The handset maker says its new line will trade camera upgrades for bigger batteries and better cooling, with the first model due before the end of the quarter.',
    byline: 'Mei Lin Chow',
    ageHours: 5,
    updatedAfterHours: 3,
    tags: ['smartphones', 'norvia', 'gaming'],
    body: `Norvia, the handset maker best known for its mid-priced Aster range, confirmed on Thursday that it will launch a separate “Turbo” series of phones aimed at players of demanding mobile games and at people who keep their devices under heavy load for long stretches.

The company said the first model, the Turbo 1, would go on sale in its home market before the end of the quarter, with a wider rollout to follow. It declined to give a price but said the device would sit “well below” its flagship line.

Unlike most launches in a crowded market, Norvia’s pitch is not about the camera. Executives said the Turbo phones would use a larger vapour chamber for cooling, a battery of around 6,000 mAh and a processor tuned to hold its top speed for longer before throttling — the automatic slowdown that phones use to avoid overheating.

“Most phones are fast for the first five minutes,” said a product manager who presented the series to reporters at the company’s headquarters. “We wanted one that is still fast after forty.”

## A crowded niche

Performance-branded phones are not new. Several manufacturers have sold gaming handsets with shoulder triggers and bright lighting, though few have found an audience beyond enthusiasts. Analysts said Norvia appeared to be aiming at a broader group: younger buyers who want strong performance without paying flagship prices.

“The gaming-phone label has tended to scare off ordinary buyers,” said one analyst who covers the Asian handset market. “If Norvia can sell this as a fast, long-lasting phone that happens to be good at games, it has a real opening.”

The move comes as global smartphone shipments have flattened and manufacturers search for ways to stand out. Norvia’s market share has slipped in recent quarters as rivals cut prices on older models.

The company said the Turbo series would receive four years of software updates, matching its main range, and that it would publish sustained-performance test results alongside the usual benchmark scores. Independent reviewers have long complained that short benchmark runs flatter phones that slow down sharply in everyday use.`,
  },
  {
    section: 'technology',
    headline: 'Lawmakers Back Mandatory Audits for High-Risk AI Systems',
    dek: 'A draft bill approved by a parliamentary committee would require companies to test hiring, lending and medical algorithms before release and to report serious failures within 15 days.',
    byline: 'Priya Raman',
    ageHours: 56,
    tags: ['ai', 'regulation', 'privacy'],
    body: `A parliamentary committee approved draft legislation on Tuesday that would require companies to have their most consequential artificial intelligence systems independently audited before they reach the public, in one of the most detailed attempts yet to set binding rules for the technology.

The bill, which passed the committee by 14 votes to 5, sorts AI systems into tiers according to risk. Tools used to screen job applicants, set credit limits, assist in medical diagnosis or allocate public benefits would fall into the top tier, and developers would have to show auditors how the systems were trained, how they were tested for bias and what safeguards exist when they get things wrong.

Companies would also have to report serious failures — such as a system that wrongly denied large numbers of people a loan or a benefit — to a new regulator within 15 days. Fines for breaches could reach 4 per cent of annual turnover.

“This is not about slowing down innovation,” the committee’s chair told reporters after the vote. “It is about making sure that when a machine makes a decision about your life, somebody has checked that it works.”

Technology groups gave the draft a cautious reception. An industry association representing software companies said it supported “proportionate” rules but warned that the audit requirements were vague and could fall hardest on smaller firms without compliance departments.

“A large company can absorb a six-month audit,” said a policy director at one start-up. “For a team of twenty people, that could be the difference between launching and folding.”

Civil liberties groups, by contrast, said the bill did not go far enough. They want an outright ban on real-time facial recognition in public spaces, which the draft permits in limited circumstances with a judge’s approval.

General-purpose models, the large systems that underpin popular chatbots, are covered by a lighter set of transparency duties, including publishing summaries of their training data. Several committee members signalled that they would push to tighten those provisions when the bill reaches the full chamber, which is expected next month.

If passed, the rules would take effect in stages over two years.`,
  },
  {
    section: 'technology',
    headline: 'Retailer Brightmarket Says Hackers Took Data on 4 Million Loyalty Members',
    dek: 'Names, email addresses and partial purchase histories were exposed, the discount chain said, though it insists no full card numbers were taken.',
    byline: 'Kwame Asante',
    ageHours: 14,
    updatedAfterHours: 9,
    tags: ['data breach', 'cybersecurity', 'privacy'],
    body: `Brightmarket, the discount supermarket chain, said on Monday that hackers had accessed personal details belonging to about four million members of its loyalty scheme, making it one of the largest retail data breaches in the country this year.

In an email sent to customers overnight, the company said the stolen information included names, email addresses, dates of birth and the last four digits of payment cards, along with purchase histories stretching back up to 18 months. It said passwords were stored in encrypted form and that there was no evidence full card numbers had been taken.

The intrusion was discovered 11 days ago, when the company’s security team noticed unusual traffic leaving a server used by a third-party marketing contractor. Brightmarket said it had cut off the contractor’s access, brought in outside investigators and notified the data protection regulator and the police.

“We are deeply sorry,” the company’s chief executive said in a recorded video statement. “Our customers trusted us with their information, and we did not protect it well enough.”

Security researchers said the gap between discovery and disclosure, while within legal limits, had left customers exposed to targeted scams. Purchase histories, they noted, can make phishing messages unusually convincing.

“If someone emails you mentioning the brand of nappies you bought last Tuesday, you are far more likely to click,” said an independent researcher who studies retail fraud. “That is what makes this kind of data so valuable to criminals.”

Brightmarket is advising members to reset their passwords, to be wary of messages that claim to come from the chain and to ignore any request to “verify” card details. It said it would offer a year of free credit monitoring to everyone affected.

The breach is the third this year involving a marketing supplier to a large consumer brand, a pattern that has prompted calls for regulators to hold companies responsible for the security of the firms they share data with. A spokesperson for the regulator said it was “making inquiries” and could not comment further.

Shares in Brightmarket’s parent company fell 3 per cent in morning trading.`,
  },
  {
    section: 'technology',
    headline: 'Satellite Operator Orbitra Switches On Service for Remote Island Communities',
    dek: 'The low-orbit network promises download speeds that rival city fibre, but astronomers and rival providers are watching its expansion closely.',
    byline: 'Mei Lin Chow',
    ageHours: 210,
    tags: ['space', 'satellite internet', 'broadband'],
    body: `Orbitra, a satellite broadband company founded eight years ago, began offering commercial service on Wednesday to customers on a string of remote islands and in mountain valleys where fixed-line internet has never been economical to build.

The company now has 612 satellites in low Earth orbit, enough, it says, to provide continuous coverage across a band of northern latitudes. Customers receive a dish about the size of a pizza box, which tracks the satellites as they pass overhead.

In early tests, Orbitra reported median download speeds of about 140 megabits per second, with latency — the delay that makes video calls stutter — low enough for online gaming. Those figures, if they hold as more users sign up, would put rural households on a par with many city fibre connections.

For residents of the outer islands, where the local school has relied on a single radio link, the change could be significant. “We have had days when the teacher could not load a video for the class,” said a parent on one island who took part in the pilot. “Last week my son was on a video call with his cousin abroad, and it just worked.”

The rapid growth of low-orbit constellations has alarmed astronomers, who say the bright trails left by satellites interfere with telescope observations. Orbitra said its satellites carry a dark coating and sun visors designed to reduce reflections, and that it shares orbital data with observatories so they can schedule around passes.

An astronomer at a university observatory said the measures had helped but were “not a complete fix,” adding that the cumulative effect of several competing networks remained the bigger concern.

There are also questions about cost. The monthly subscription is roughly double that of a typical urban broadband plan, and the dish costs extra. Orbitra said it was in talks with regional governments about subsidies for schools and health clinics.

The company plans to launch a further 400 satellites over the next 18 months, extending its coverage further south.`,
  },
  {
    section: 'technology',
    headline: 'New Chip Export Rules Leave South Korean Manufacturers Seeking Clarity',
    dek: 'Licensing requirements for advanced chipmaking tools could complicate upgrades at factories abroad, industry officials in Seoul warned.',
    byline: 'Daniel Whitcombe',
    ageHours: 72,
    updatedAfterHours: 20,
    tags: ['semiconductors', 'trade', 'south korea'],
    body: `New export restrictions on advanced semiconductor equipment, announced late on Monday by several of the governments that dominate production of chipmaking tools, have left South Korean manufacturers scrambling to understand how the rules will apply to the factories they run overseas.

The regulations require companies to obtain licences before shipping certain etching and deposition machines, along with the software used to maintain them, to plants that produce advanced memory and logic chips in countries deemed to pose security risks. Earlier rules had granted broad exemptions to foreign-owned facilities; the new text narrows those exemptions and makes them subject to annual review.

South Korean chipmakers, which operate large memory plants abroad, said they had been consulted but had not seen the final wording before publication. Shares in the country’s two largest chipmakers fell more than 2 per cent in Seoul on Tuesday before recovering some ground.

“The question is not whether we can keep running these factories tomorrow,” said an official at a Korean semiconductor industry association. “It is whether we can upgrade them in three years. Without that certainty, it becomes very hard to plan investment.”

South Korea’s trade ministry said it would seek talks on a longer-term exemption and would set up a support desk for smaller suppliers that sell parts and materials into the affected plants.

Analysts noted that memory is a cyclical business in which factories must be upgraded regularly to stay competitive. A plant that cannot receive new tools can keep operating, they said, but it will steadily fall behind.

“This is a slow squeeze rather than a sudden stop,” said a semiconductor analyst at a brokerage in Seoul. “Nothing changes next quarter. The impact shows up two or three years from now if the licences don’t come through.”

The restrictions are the latest step in a broader effort to control access to technology that can be used to build advanced AI systems and military hardware. Equipment makers, whose sales to the affected regions have grown rapidly, said they were reviewing the rules and expected a hit to orders in the second half of the year.

Officials involved in drafting the measures said they were designed to close loopholes rather than to penalise allies, and that licences would be granted “on a case-by-case basis” to companies with a strong record of compliance.`,
  },
  {
    section: 'technology',
    headline: 'Tech Firms Pledge $40 Million to Support Overstretched Open-Source Maintainers',
    dek: 'A new fund will pay developers who look after widely used software libraries, a response to years of warnings about burnout and security risks.',
    byline: 'Elin Johansson',
    ageHours: 460,
    tags: ['open source', 'software', 'cybersecurity', 'ai'],
    body: `A group of technology companies has pledged $40 million over five years to pay the volunteers who maintain some of the most widely used free software on the internet, responding to long-standing concerns that critical code depends on a handful of unpaid and exhausted people.

The fund, to be run by a newly created non-profit called the Commons Code Trust, will offer grants of up to $150,000 a year to maintainers of projects deemed essential, such as compression libraries, encryption tools and the packages that web applications rely on to handle dates, images and network requests.

Open-source software — code that anyone can inspect, use and modify — underpins almost every commercial product. But many projects are maintained by one or two people in their spare time. Security experts have warned for years that this creates fragile points of failure: a single overlooked bug, or a maintainer who quietly steps away, can ripple through thousands of products.

“For a decade I have been fixing security problems at midnight for companies worth billions,” said the maintainer of a widely used parsing library, who has been invited to apply. “Being paid for it would mean I can do it during the day, with a clear head.”

The trust said it would select projects using data on how widely they are downloaded and depended upon, alongside recommendations from security researchers. Recipients will be asked to publish a simple plan for security reviews and succession, but will not be required to hand control of their projects to sponsors.

Several of the contributing firms are among the largest developers of AI systems, which draw heavily on open-source tools and on publicly available code for training. Critics said the sum was modest compared with the value those companies extract.

“Forty million dollars sounds like a lot until you divide it across the thousands of projects that need help,” said a researcher who studies the economics of open source. “It is a welcome start, not a solution.”

The first round of grants is expected to open for applications next month.`,
  },

  // ────────────────────────────── science ──────────────────────────────
  {
    section: 'science',
    headline: 'Newly Found Comet Could Be Visible to the Naked Eye Next Month',
    dek: 'Astronomers caution that comets are notoriously unpredictable, but early measurements suggest the icy visitor is brightening faster than expected.',
    byline: 'Tomás Ferreira',
    ageHours: 40,
    tags: ['space', 'astronomy', 'comets'],
    body: `A comet spotted less than three months ago by an amateur astronomer and an automated sky survey may become bright enough to see without a telescope next month, according to observers who have been tracking it.

The comet, named Varga–Osei after its two discoverers, is on its first known trip into the inner solar system from the Oort cloud, the distant reservoir of icy bodies that surrounds the Sun. It is brightening steadily as it approaches, with sunlight warming its surface and releasing gas and dust that form a glowing coma and tail.

Current projections suggest it will reach its closest point to the Sun in about five weeks, passing just inside the orbit of Venus. Shortly afterwards it could be visible low in the western sky after sunset for observers in the Northern Hemisphere.

“Everyone who has been doing this for a while has been burned by a comet that fizzled,” said an astronomer who coordinates comet observations for an amateur association. “But so far this one is behaving well. The brightness curve is steeper than we expected.”

First-time visitors from the Oort cloud are hard to forecast. Because they have never been heated by the Sun before, they often contain volatile ices that flare early, making them look promising, before fading as they draw closer. Some break apart entirely.

The amateur who co-discovered the comet, a retired schoolteacher who photographs the sky from a garden observatory, said he had at first mistaken it for a smudge on his camera sensor. “I cleaned the lens twice before I believed it,” he said.

Professional observatories have begun measuring the chemistry of the comet’s gas, which can offer clues about conditions in the early solar system, where it formed. Early spectra show cyanogen and diatomic carbon, molecules that give many comets a greenish tint.

Astronomers advise anyone hoping to see it to find a dark spot away from city lights and to sweep the horizon with binoculars shortly after sunset. They stress that predictions will become more reliable in the coming weeks.`,
  },
  {
    section: 'science',
    headline: 'Nasal Whooping Cough Vaccine Shows Strong Results in Large Trial',
    dek: 'The spray cut infections among adolescents by more than two-thirds, researchers reported, raising hopes of slowing a disease that has been resurging.',
    byline: 'Hannah Okafor',
    ageHours: 130,
    updatedAfterHours: 6,
    tags: ['health', 'vaccines', 'clinical trials'],
    body: `An experimental vaccine against whooping cough, given as a single spray up the nose, reduced infections by 71 per cent among teenagers in a large trial, researchers said on Wednesday, a result that could change how countries try to contain a disease that has made a worrying comeback.

The trial enrolled about 9,400 people aged 11 to 17 across 38 schools; half received the nasal vaccine and half a placebo spray. Over the following year, researchers tested participants who developed coughing illnesses and found confirmed whooping cough far less often in the vaccinated group.

Whooping cough, or pertussis, is a bacterial infection that causes violent coughing fits and can be fatal in babies too young to be fully vaccinated. Existing injected vaccines are good at preventing severe disease, but protection fades within a few years and they do less to stop the bacteria from living in the nose and throat — which means vaccinated people can still pass the infection on.

The nasal vaccine uses a weakened live strain of the bacterium designed to trigger immunity in the airways themselves. “The aim is not just to stop people getting sick, but to stop them carrying it,” said the trial’s lead investigator, a specialist in childhood infectious diseases. “If older children stop passing it around, the babies are safer.”

Side effects were mostly mild, the team reported, with a runny nose and a sore throat the most common complaints. No serious adverse events were linked to the vaccine.

Independent experts welcomed the findings but said questions remained. The trial did not directly measure whether vaccinated teenagers were less likely to infect younger siblings, the outcome that matters most for protecting infants. It is also unclear how long the immunity lasts.

“These are encouraging numbers, and the safety profile looks good,” said an epidemiologist who was not involved in the study. “But I would want to see a follow-up in households before making big policy changes.”

The developers said they planned to submit their data to regulators later this year and were designing a household transmission study.`,
  },
  {
    section: 'science',
    headline: 'Ocean Heat Content Reached a New Record Last Year, Scientists Report',
    dek: 'The upper oceans absorbed more energy than in any year since modern measurements began, with knock-on effects for sea levels, coral reefs and storms.',
    byline: 'Elin Johansson',
    ageHours: 320,
    tags: ['climate', 'oceans'],
    body: `The world’s oceans stored more heat last year than at any point since modern measurements began, an international team of researchers said on Friday, extending a run of records that scientists describe as one of the clearest signals of a warming planet.

The analysis, based on readings from thousands of robotic floats, ship-borne instruments and moored sensors, found that the top 2,000 metres of the ocean gained roughly 16 zettajoules of heat compared with the previous year. The researchers acknowledged that the figure is hard to picture, but said it amounts to many times the total energy humanity uses in a year.

Oceans absorb about 90 per cent of the excess heat trapped by greenhouse gases, which makes them a steadier indicator of long-term warming than air temperatures, which swing with weather patterns.

“Surface temperatures go up and down from year to year,” said one of the study’s authors, an oceanographer who works with the float network. “Ocean heat content just keeps climbing. It is the thermometer that doesn’t lie.”

The warming has consequences well beyond the water. Warmer seawater expands, accounting for a substantial share of global sea-level rise. Higher surface temperatures also feed more energy into tropical storms and have driven repeated mass bleaching of coral reefs.

The report highlighted particularly strong warming in the North Atlantic and parts of the Southern Ocean. Fisheries scientists have already documented some commercial species moving towards the poles in search of cooler water.

Researchers also pointed to growing concern about the ocean’s layers. As surface waters warm, they mix less readily with the colder, nutrient-rich water below, which can reduce the growth of plankton at the base of the marine food web and lower oxygen levels at depth.

The authors said the only way to halt the rise was to cut greenhouse gas emissions, but noted that heat already stored in the ocean would keep affecting sea levels for centuries.

“Even if emissions stopped tomorrow, the oceans would keep releasing this energy,” the oceanographer said. “We are living with the decisions of the last fifty years, and setting up the next hundred.”`,
  },
  {
    section: 'science',
    headline: 'Quarry Workers Uncover Tiny Pterosaur With Preserved Wing Membrane',
    dek: 'The crow-sized flying reptile, described as a new species, offers rare detail on how the earliest pterosaurs may have controlled their flight.',
    byline: 'Rafael Ortiz',
    ageHours: 560,
    tags: ['fossils', 'palaeontology', 'evolution'],
    body: `A fossil found by workers at a limestone quarry has turned out to be a new species of pterosaur, one of the flying reptiles that lived alongside the dinosaurs, with traces of its wing membrane preserved in remarkable detail, researchers said on Tuesday.

The animal, which would have had a wingspan of about 60 centimetres, lived roughly 205 million years ago, near the end of the Triassic period, making it among the oldest pterosaurs known. The team has named it Caelidraco minor, meaning “small sky dragon.”

Quarry staff noticed the outline of thin bones on a freshly split slab and contacted a regional natural history museum, which sent a team to recover the block. Preparation, which involved removing rock grain by grain under a microscope, took almost two years.

“When we saw the membrane under ultraviolet light, the room went quiet,” said the palaeontologist who led the study. “You are looking at the soft tissue of an animal that flew more than 200 million years ago.”

Pterosaurs were the first vertebrates to evolve powered flight, but their early history is poorly understood because their hollow, delicate bones rarely survive. Most Triassic specimens are fragments.

The new fossil shows fibres running through the wing membrane, which the researchers believe stiffened it and helped the animal adjust its shape in the air. Similar fibres are known from later pterosaurs, and their presence in such an early species suggests the feature evolved very quickly, perhaps at the same time as flight itself.

The skeleton also has a surprisingly short tail, a trait more typical of groups that appeared tens of millions of years later.

“It doesn’t fit neatly where we expected it to,” said a co-author who studies reptile evolution. “That tells us the early radiation of pterosaurs was messier, and more interesting, than the textbook picture.”

Other specialists said the find was significant but cautioned that conclusions about flight control would need to be tested with physical and computer models. The fossil will go on display at the museum next spring.`,
  },
  {
    section: 'science',
    headline: 'Fusion Experiment Holds Superhot Plasma for a Record Six Minutes',
    dek: 'Researchers said the result was a step toward the long, steady operation a power plant would need, though producing net energy remains a distant goal.',
    byline: 'Tomás Ferreira',
    ageHours: 95,
    tags: ['fusion', 'energy', 'physics'],
    body: `Physicists at a national research laboratory said on Monday that their experimental fusion reactor had sustained a plasma at more than 50 million degrees Celsius for six minutes and eight seconds, the longest such run the facility has achieved and a milestone in efforts to operate fusion devices continuously.

The machine is a tokamak — a doughnut-shaped chamber in which powerful magnets confine a gas of charged particles — and has been upgraded over the past two years with new superconducting coils and a redesigned inner wall that can withstand intense heat.

Fusion, the process that powers the Sun, releases energy when light atomic nuclei combine. Scientists have pursued it for decades as a potential source of abundant, low-carbon electricity, but keeping a plasma hot, dense and stable for long enough to generate practical power has proved extraordinarily difficult.

The latest experiment did not produce more energy than was put in, and was not designed to. Its purpose was to show that the reactor’s components could cope with long periods of operation without overheating or letting the plasma escape.

“Short bursts tell you about the physics,” said the experiment’s deputy director. “Long pulses tell you about the engineering. A power plant has to run for hours, then days. This is the kind of result that shows the hardware can get there.”

The team said one of its most important achievements was controlling the exhaust of heat and particles at the edge of the plasma, which can erode a reactor’s walls. Sensors showed that wall temperatures stayed within safe limits throughout the run.

Outside experts called the result a solid engineering advance but cautioned against reading too much into it. “Duration records are valuable, but they are one piece of a very large puzzle,” said a plasma physicist at a university who was not involved. “We still need to put duration, temperature and energy gain together in the same machine.”

The laboratory plans to attempt runs of up to 20 minutes next year. Several private companies are also racing to build demonstration plants, some promising electricity on the grid in the 2030s — a timeline many academic researchers regard as ambitious.`,
  },
  {
    section: 'science',
    headline: 'Irregular Sleep Schedules Linked to Higher Blood Pressure, Study Finds',
    dek: 'Going to bed at widely varying times may matter as much as how long people sleep, according to researchers who tracked volunteers with wrist monitors.',
    byline: 'Hannah Okafor',
    ageHours: 700,
    tags: ['health', 'sleep'],
    body: `People whose bedtimes vary by more than an hour from night to night are more likely to develop high blood pressure than those who keep to a steady routine, even when they get the same total amount of sleep, according to a study published on Thursday.

Researchers followed about 6,200 adults for an average of five years. At the start, participants wore activity trackers on their wrists for a week, recording when they fell asleep and woke up. None had high blood pressure when the study began.

Over the follow-up period, those in the most irregular group — whose sleep timing shifted by 90 minutes or more on a typical night — were about 30 per cent more likely to be diagnosed with hypertension than those whose schedules varied by less than half an hour. The link held after the researchers accounted for age, weight, smoking, exercise and total sleep duration.

“We tend to talk about sleep as a number of hours,” said the study’s lead author, a sleep epidemiologist. “What this suggests is that timing and consistency are part of the picture too. Your body likes to know when night is coming.”

The researchers suggested that the body’s internal clock may be involved. Hormones that help regulate blood pressure follow a daily rhythm, and frequently shifting sleep could disrupt it, in a milder version of the effect seen in night-shift workers.

The study was observational, meaning it can show an association but cannot prove that irregular sleep causes high blood pressure. People with chaotic schedules may differ in other ways the researchers could not measure, such as stress or caring responsibilities.

“It’s a well-conducted study, but I’d be careful about cause and effect,” said a cardiologist who was not involved. “Irregular sleep is often a marker of a stressful life, and stress itself raises blood pressure.”

Still, the authors said the advice arising from their findings was simple and cheap to follow: go to bed and get up at roughly the same time every day, including at weekends. A trial testing whether improving regularity lowers blood pressure is now under way.`,
  },

  // ─────────────────────────────── sport ───────────────────────────────
  {
    section: 'sport',
    headline: 'Late Double From Teenage Substitute Keeps Harbourside United in Title Race',
    dek: 'Two goals in the final seven minutes turned a home defeat into a 2–1 win and cut the gap at the top of the Premier League to two points.',
    byline: 'Kwame Asante',
    ageHours: 2,
    tags: ['football', 'premier league'],
    body: `An 18-year-old substitute scored twice in the last seven minutes as Harbourside United came from behind to beat Redcliffe Town 2–1 on Sunday, keeping alive their hopes of a first Premier League title in more than two decades.

Jayden Okoro, who had played only 40 minutes of league football before the weekend, came on with a quarter of an hour left and Harbourside trailing to a first-half goal from Redcliffe’s captain. With the crowd growing restless, he equalised in the 83rd minute, sweeping in a low cross at the near post, and then won the match in stoppage time with a curling shot from the edge of the area.

The victory lifts Harbourside to within two points of the leaders, Northgate City, who were held to a goalless draw on Saturday, with six matches remaining.

“I told him to go out and be fearless,” Harbourside’s manager said afterwards. “He’s been scoring goals like that in training for months. Today he did it in front of 50,000 people.”

Okoro, who joined the club’s academy at the age of nine, said he had barely slept the night before after learning he was in the matchday squad. “When the second one went in I didn’t know where to run,” he said. “I just ended up in the corner with everyone on top of me.”

For long periods the afternoon had looked set to end in frustration. Redcliffe, fighting to avoid relegation, defended deep and in numbers, and Harbourside managed just two shots on target before the break. Their goalkeeper also had to make a sharp save early in the second half to keep the deficit at one.

Redcliffe’s manager said his side had been “cruelly” punished for a single lapse in concentration. “We did everything right for 80 minutes,” he said. “That’s this league. You have to do it for 95.”

Harbourside travel to Northgate in three weeks in a fixture that could decide the title. Before then they face two away matches in four days, and their manager has a selection decision to make about his newest hero.`,
  },
  {
    section: 'sport',
    headline: 'Debutant Leg-Spinner Takes Seven Wickets as Hosts Level Test Series',
    dek: 'A 21-year-old playing his first Test bowled his side to a 146-run victory on the final afternoon, setting up a deciding match next week.',
    byline: 'Priya Raman',
    ageHours: 26,
    updatedAfterHours: 4,
    tags: ['cricket', 'test cricket'],
    body: `A 21-year-old leg-spinner who was playing club cricket less than two years ago took seven wickets on the final day of his Test debut as the hosts beat the touring side by 146 runs to level the three-match series at 1–1.

Farhan Qadir, called into the squad only after an injury to the first-choice spinner, finished with figures of 7 for 64 as the visitors, set 381 to win, were bowled out for 234 shortly after tea.

The tourists had begun the final day on 96 for 2 with realistic hopes of saving the match on a pitch that had offered little to the seamers. But Qadir, bowling with a looping action and extracting sharp turn from the rough outside the right-handers’ off stump, removed both overnight batters in his first five overs and never let the pressure ease.

His most important wicket was that of the visiting captain, who had looked untroubled for more than three hours on his way to 88 before misreading a googly and being bowled through the gate.

“I’ve watched that ball on my phone about twenty times already,” Qadir said at the post-match press conference, grinning. “I was nervous in the morning, but once I got the first one, I just enjoyed it.”

The home captain praised the youngster’s composure and the work of the batters, who had built the victory on a first-innings total of 412, anchored by a patient century from the opener. “We asked a lot of a young man on a fifth-day pitch, and he gave us everything,” the captain said.

The defeat was a setback for a touring side that had won the first Test comfortably inside four days. Their coach said his batters had been “too passive” against spin and would spend the coming days working on their footwork in the nets.

The deciding Test begins next Thursday at a ground where spinners have traditionally prospered, leaving the selectors with a pleasant dilemma: whether to recall the experienced spinner if he is fit, or keep faith with the man of the moment.`,
  },
  {
    section: 'sport',
    headline: 'Teenage Qualifier Stuns Third Seed to Reach French Open Quarter-Finals',
    dek: 'The 19-year-old, ranked outside the top 150, came from a set and a break down to win in three hours on a blustery Court Simonne-Mathieu.',
    byline: 'Rafael Ortiz',
    ageHours: 150,
    tags: ['tennis', 'french open'],
    body: `Lucía Marín, a 19-year-old qualifier ranked 163rd in the world, reached the quarter-finals of the French Open on Monday with a 3–6, 7–5, 6–4 victory over the third seed, the biggest upset of the tournament so far.

Marín, who had never won a main-draw match at a Grand Slam before this fortnight, recovered from a set and a break down in a contest played in a swirling wind on Court Simonne-Mathieu. She sealed the win on her second match point with a forehand down the line, then sank to the clay with her hands over her face.

“I don’t think I understand yet what happened,” she said in her on-court interview, speaking through tears in a mix of French and English. “Three weeks ago I was playing a tournament where there were maybe fifty people watching.”

The third seed, a former finalist at Roland Garros, appeared in control after taking the opening set and breaking early in the second. But Marín, who combines heavy topspin with a willingness to come to the net that is unusual among younger players, began to find her range, and the wind seemed to unsettle her more experienced opponent’s serve, which produced 11 double faults.

Marín broke back at 4–3 in the second set and again at 6–5 to level the match. In the decider she saved three break points in a marathon game at 3–3, a sequence that brought much of the crowd to its feet.

Her opponent was gracious in defeat. “She played with no fear, and she deserved it,” she said. “The conditions were difficult for both of us, but she handled them better.”

The run has already earned Marín more than three times her previous career prize money and will lift her inside the top 100 for the first time. Her coach, who has worked with her since she was 12, said she would spend the evening as usual — with an ice bath and a plate of pasta.

She will face either a former champion or an unseeded compatriot in the last eight on Wednesday.`,
  },
  {
    section: 'sport',
    headline: 'Sprinter Breaks 20-Year-Old National Record at Diamond League Meeting',
    dek: 'A 24-year-old who nearly quit the sport after a run of injuries clocked 9.91 seconds in the 100 metres, finishing a hundredth behind the winner.',
    byline: 'Daniel Whitcombe',
    ageHours: 390,
    tags: ['athletics', 'diamond league'],
    body: `Tariq Ellison broke one of his country’s longest-standing athletics records on Friday night, running 9.91 seconds in the men’s 100 metres at a Diamond League meeting to erase a national mark that had stood for two decades.

The 24-year-old finished second in a high-quality field, a hundredth of a second behind the winner, but the placing seemed to matter little as he jogged back down the track, pointing at the clock and then at a small group of family members in the stands.

Ellison’s progress has not been straightforward. He tore a hamstring twice in 18 months early in his career and, by his own account, came close to giving up the sport two years ago when his funding was cut. He worked part-time in a warehouse while rebuilding his fitness and changed coaches last autumn.

“There were mornings I thought, ‘What am I doing this for?’” he said. “Tonight answers that question. I’m not going to lie, I thought about all those early shifts when I saw the time.”

His new coach has overhauled his start, long his weakness, and trimmed his racing schedule to keep him healthy. Ellison reacted quickly to the gun on Friday, was level with the leaders at halfway and held his form through the line. The wind reading was legal, at 1.2 metres per second.

The time puts him among the fastest men in the world this season and makes him a contender for a place in the final at the world championships later this summer — something no sprinter from his country has achieved in more than a decade.

“He has always had the speed,” his coach said. “What he didn’t have was the chance to train without interruption. Give him another year like this one and I think we’ll see something special.”

The previous record holder, now a television commentator, was among the first to congratulate him, posting a video of the race online with the message: “About time. It’s yours now.”

Elsewhere at the meeting, the women’s 1,500 metres produced a world-leading time, won with a long surge from 600 metres out.`,
  },
  {
    section: 'sport',
    headline: 'Lone Attacker Wins Tour de France Mountain Stage as Heat Takes Its Toll',
    dek: 'Temperatures above 35°C in the valleys forced four riders out of the race as a breakaway climber held off the favourites on the final ascent.',
    byline: 'Rafael Ortiz',
    ageHours: 620,
    tags: ['cycling', 'tour de france', 'climate'],
    body: `Bastien Roux, a 27-year-old climber riding for a small second-division team, won the 14th stage of the Tour de France on Saturday with a solo attack on the final climb, on a day when fierce heat forced four riders to abandon the race.

Roux was part of a 16-rider breakaway that escaped in the first hour of the 178-kilometre stage through the mountains. He went clear of his remaining companions with nine kilometres to go and crossed the summit finish 38 seconds ahead of a chasing group containing the overall contenders.

“I have dreamed of this since I was a boy watching the Tour on television at my grandmother’s house,” Roux said, still struggling for breath beyond the line. “Today I suffered like never before, but I didn’t care. I just kept thinking: one more bend.”

Temperatures climbed above 35°C in the valleys, and road surfaces were measured at more than 50°C in places. Organisers sent out extra motorbikes carrying water and ice, and team cars handed up bottles almost continuously. Riders could be seen pouring water over their heads on the climbs.

Among those who withdrew was a sprinter who had won a stage in the first week and was treated for heat exhaustion at the roadside. His team said later that he was recovering well.

The overall leader finished safely in the chasing group and keeps the yellow jersey with an advantage of 1 minute 12 seconds. His main rivals tested him twice on the final climb but could not open a gap.

Extreme heat has become a growing concern for the race as summers warm. Riders’ representatives have asked organisers to adopt clearer rules for shortening or rescheduling stages in dangerous temperatures, similar to the protocols already in place for snow and storms. Organisers said they monitored conditions closely with medical staff and would act if necessary.

“We are athletes, we accept difficult conditions,” said a riders’ representative. “But there needs to be a line, and it should be decided before the day, not in a panic on the road.”

Sunday’s stage brings another summit finish, with forecasters predicting similar temperatures.`,
  },
  {
    section: 'sport',
    headline: 'Skier Claims First World Cup Win on Downhill Course Shortened by Warm Weather',
    dek: 'Organisers lowered the start by 300 metres after days of rain, and a 23-year-old took full advantage with a fearless run from bib 31.',
    byline: 'Elin Johansson',
    ageHours: 850,
    tags: ['skiing', 'winter sports', 'climate'],
    body: `Anja Kvalheim won her first World Cup race on Saturday, storming to victory in a women’s downhill that had to be shortened because of unseasonably warm weather, a growing headache for alpine skiing’s organisers.

The 23-year-old, starting 31st, completed the truncated course in 1 minute 18.42 seconds, 0.27 seconds ahead of the overall World Cup leader. Later starters usually face a rutted, slower surface, but a light overnight frost had kept the lower section firm, and Kvalheim attacked it with a confidence that drew gasps from the crowd at the finish.

“When I saw the green light at the bottom I just screamed,” she said. “I knew the snow was still good down there and I told myself: no braking, not once.”

Organisers lowered the start by about 300 metres after two days of rain and temperatures well above freezing left the upper part of the course unsafe. Snowmaking crews worked through the night to rebuild the lower slopes, using water stored in a reservoir above the resort.

It was the third race this season affected by warm weather, after a men’s giant slalom was cancelled and a women’s super-G was moved to a higher venue. Skiing’s governing body said it was reviewing the calendar, including the possibility of starting the season later and scheduling more races at high altitude.

Scientists have documented a steady decline in natural snow cover at lower-altitude resorts in the Alps over recent decades, and several traditional early-season venues now rely almost entirely on artificial snow.

“We love this sport and these mountains, but we can see what is happening,” said a veteran racer who finished ninth. “Every year there is more green at the sides of the piste.”

For Kvalheim, who missed most of last season with a knee injury, the victory was a reward for a long rehabilitation. Her coach said the team would not change her programme despite the result. “She still has a lot to learn in the technical events,” he said. “But today, let her enjoy it.”

A second downhill is scheduled at the same venue on Sunday, conditions permitting.`,
  },

  // ────────────────────────────── culture ──────────────────────────────
  {
    section: 'culture',
    headline: 'Quiet Family Drama Takes Top Prize at Kestrel Bay Film Festival',
    dek: 'A first-time director’s story of three sisters clearing out their late father’s house won over a jury that had been expected to reward a bigger-budget contender.',
    byline: 'Priya Raman',
    ageHours: 180,
    tags: ['film', 'festivals'],
    body: `“What the Tide Leaves,” a low-budget drama about three sisters who return to their late father’s seaside house, won the Golden Gull, the top prize at the Kestrel Bay Film Festival, on Saturday night — a surprise victory for a first-time director over several established names.

The film, directed by Ines Albrecht, was shot in 23 days with a cast drawn mostly from the stage and a crew of fewer than 30 people. It follows the sisters over a single week as they sort through their father’s belongings and argue over whether to sell the house, slowly uncovering a family history none of them fully knew.

Accepting the award, Albrecht thanked her cast and the residents of the fishing village where the film was made, many of whom appear as extras. “We had no money, but we had patience and we had the sea,” she said. “I hope this prize tells other people with small stories that there is still room for them.”

Critics at the festival had widely tipped a lavish historical epic from a veteran director to take the prize. That film instead won the award for cinematography, while its lead actor was named best performer for his role as an ageing general.

The jury president, an actor and director, said the decision had been unanimous. “Some films impress you while you’re watching them,” she said. “This one stayed with all of us for days afterwards. That was what decided it.”

The best director award went to a documentary maker for a film following a group of seasonal farm workers across a year, and a special jury prize was given to an animated feature drawn entirely by hand over seven years.

Now in its 31st edition, the festival has built a reputation for championing debut filmmakers, and several previous winners have gone on to wider international success. Organisers said attendance this year had returned to its highest level in a decade.

Distributors were already circling Albrecht’s film before the ceremony, and festival insiders said a deal for a cinema release was expected within days.`,
  },
  {
    section: 'culture',
    headline: 'Museum Returns 31 Carved Objects Taken During Colonial-Era Expedition',
    dek: 'The artefacts, held in storage for more than a century, were handed to a delegation of elders and officials in a ceremony both sides described as long overdue.',
    byline: 'Daniel Whitcombe',
    ageHours: 260,
    updatedAfterHours: 30,
    tags: ['museums', 'heritage', 'restitution'],
    body: `A city museum on Wednesday returned 31 carved wooden and ivory objects to representatives of the community from which they were taken during a military expedition more than 130 years ago, in one of the largest restitutions of its kind this year.

The objects, which include ceremonial staffs, two carved stools and a set of figures once kept in a royal shrine, were handed over at a ceremony at the Museum of World Cultures attended by a delegation of elders, government officials and descendants of the community’s former ruling family.

The museum’s director said the institution had concluded, after a three-year review of its records, that the items had been removed by force and could not be regarded as legitimately acquired. “These objects were never ours to keep,” she told the audience. “Returning them is not an act of generosity. It is the correction of a wrong.”

Most of the collection had spent decades in storage, and only five pieces had ever been on public display. Researchers working on the review found letters from officers on the expedition describing the removal of objects from the shrine after fighting in the town.

A senior member of the delegation, who spoke in his own language before a translator relayed his remarks, said the return would allow families to see items they had known only through stories. “Our grandparents spoke about these things,” he said. “Our children will now be able to stand in front of them.”

The objects will initially be housed at a new regional museum built with support from both governments, and some are expected to be used in ceremonies again.

The return comes amid growing pressure on European and North American institutions to address the origins of collections acquired during the colonial era. Some museums have moved to return items voluntarily, while others say they are constrained by laws that prevent them from giving away parts of their collections.

Campaigners welcomed the handover but said it should be a beginning rather than an end. The museum has acknowledged that several hundred further objects in its holdings have uncertain histories, and said research on those would continue, with its findings published online.`,
  },
  {
    section: 'culture',
    headline: 'Debut Novel About a Night-Shift Nurse Wins the Ashgrove Prize',
    dek: 'Judges praised the book’s “unsentimental tenderness” as its author, a former hospital worker, beat five more established writers to the £50,000 award.',
    byline: 'Hannah Okafor',
    ageHours: 500,
    tags: ['books', 'prizes'],
    body: `A debut novel that follows a nurse through a single winter of night shifts has won the Ashgrove Prize for Fiction, one of the most closely watched literary awards, beating a shortlist that included two former winners.

“The Small Hours,” by Niamh Doherty, a former hospital healthcare assistant who began writing the book during breaks at work, was named the winner at a ceremony on Tuesday evening. The prize is worth £50,000 and typically brings a sharp rise in sales.

The novel is narrated by Carys, a ward nurse in her forties who moves between the hospital, the bedside of her ailing mother and the quiet of her flat at dawn. Its chapters are arranged by the hours of a night shift, and much of its drama plays out in small exchanges between staff and patients.

The chair of the judges, a novelist and critic, said the panel had been struck by the book’s restraint. “It never reaches for the easy tear,” she said. “It is full of tenderness, but it is unsentimental tenderness, and it is often very funny.”

> “I wrote it for everyone who has ever worked while the rest of the city slept.”

That was how Doherty opened her acceptance speech, before thanking the colleagues who had read early drafts in the staff room. She said she had written most of the novel by hand in notebooks, typing it up on her days off.

The book was published by a small independent press after being turned down by several larger publishers. Its editor said the first print run had been 3,000 copies, and bookshops reported that it had sold out in many places after the shortlist was announced.

The shortlist was notable for the absence of any novel longer than 350 pages, which one judge described as a coincidence rather than a statement. The other contenders included a multi-generational saga set in a mining town and a satire about a technology company by an author who won the prize a decade ago.

Doherty, who now writes full-time, said she planned to use part of the prize money to fund a creative writing workshop for hospital staff. Her second novel, she said, is “about halfway finished, and nothing like the first one.”`,
  },
  {
    section: 'culture',
    headline: 'Reunited Glass Meridian Announces Stadium Tour and Rules Out Surge Pricing',
    dek: 'The indie band said every ticket would be sold at a fixed price after fans complained about soaring costs on other recent tours.',
    byline: 'Mei Lin Chow',
    ageHours: 75,
    tags: ['music', 'touring', 'tickets'],
    body: `Glass Meridian, the indie rock band that split acrimoniously 12 years ago at the height of its fame, announced on Monday that it would reunite for a 24-date stadium tour next summer, and said it would refuse the variable pricing that has angered fans of other acts.

The four original members appeared together in a short video posted online, sitting around a kitchen table and laughing as they recalled the last time they had shared a stage. “We said some things we didn’t mean,” the band’s singer said. “And a few we did. But we’re older now, and we missed it.”

The tour will begin in the band’s home city in June and visit stadiums and large outdoor venues across Europe and North America, ending with two nights at the arena where they played the final show of their original run.

Tickets will be sold at fixed prices ranging from the equivalent of about $45 to $150, the band said, with no “in-demand” surcharges that rise automatically when large numbers of people try to buy at once. Resale will be limited to face value through an official exchange.

“We remember what it was like to be the kid saving up for a ticket,” the band’s drummer said in a statement. “We don’t want anybody to get to the front of a queue and find the price has tripled.”

The decision follows a series of controversies in which fans reported being offered standard tickets at several times their expected price after long waits in online queues. Consumer groups have called for clearer rules on the practice, and several governments have said they are examining it.

Industry figures said fixed pricing would probably mean more tickets ending up on unofficial resale sites at inflated prices, despite the band’s efforts. “It’s a principled choice, and fans will love it,” said a live-music promoter who is not involved with the tour. “But demand will far outstrip supply, and a lot of people will be disappointed.”

Glass Meridian’s three albums sold millions of copies, and their best-known single has found a new audience in recent years after featuring in a streaming television series.

Registration for the pre-sale opens on Friday, with general sales the following week.`,
  },
];
