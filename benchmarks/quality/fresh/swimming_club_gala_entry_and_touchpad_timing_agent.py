"""Swimming club gala entries, seeding and touchpad timing: the first design.

Parents enter their children for the club's open galas on an entry portal that
the club runs in its cloud account; they sign in with the e-mail and password of
their club account. When entries close, a seeding agent (an LLM agent on a hosted
model) reads the entries, looks up each swimmer's best time in the national
rankings feed through a rankings tool, and writes seeded heats into the results
database; the gala secretary reviews the draft heat sheet before it is issued.
On gala day the meet manager laptop on the poolside network downloads the heats,
takes split and finish times from the touchpad timing console over a serial link,
and shows provisional results on the referee's tablet over the poolside Wi-Fi.
The referee confirms or rejects each disqualification on the tablet before an
event's results are uploaded and published on the club's public results page.
Data are about children in the UK, so UK GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Swimming club gala entry and touchpad timing agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Online gala entries, LLM-agent heat seeding and poolside touchpad results.",
)

# ---------------------------------------------------------------- data assets
parent_login = tg.Data(
    "Parent sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
secretary_login = tg.Data(
    "Secretary sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
entries = tg.Data(
    "Swimmer entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Swimmer name, date of birth, club, national registration number, "
    "events and claimed entry times, entered by a parent.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
entry_confirmation = tg.Data("Entry confirmation", sensitivity=tg.Sensitivity.PII, kind="records")
seeding_task = tg.Data(
    "Seeding instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="instructions",
    description="Gala programme, lanes per heat and the seeding rules the secretary sets.",
)
rankings_query = tg.Data("Rankings lookup", sensitivity=tg.Sensitivity.PII, kind="tool-call")
ranking_times = tg.Data(
    "National ranking times", sensitivity=tg.Sensitivity.PUBLIC, kind="tool-result"
)
seeding_prompt = tg.Data("Seeding prompt", sensitivity=tg.Sensitivity.PII, kind="prompt")
seeding_completion = tg.Data(
    "Seeding completion", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
heat_sheet = tg.Data(
    "Heat sheet",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Seeded heats: swimmer, age group, lane and entry time per heat.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
touchpad_times = tg.Data(
    "Touchpad split and finish times",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per lane and heat, with backup button times.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
provisional_results = tg.Data("Provisional results", sensitivity=tg.Sensitivity.PII, kind="records")
dq_decisions = tg.Data(
    "Disqualification confirmations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Referee's confirm or overturn of each stroke and turn judge's DQ slip.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
confirmed_results = tg.Data(
    "Confirmed results",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents enter their own children and read the published results.
    parent = tm.add(tg.Actor("Parent", role="swimmer's parent"))
    # A club volunteer who runs the gala from home; reviews the seeded heats.
    secretary = tm.add(tg.Actor("Gala secretary", role="club volunteer", privileged=True))

with tm.boundary("Club cloud account", trust=tg.Trust.INTERNAL):
    # The only public way in for entries.
    portal = tm.add(
        tg.Endpoint(
            "Gala entry portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Entry forms and the secretary's admin pages.",
            controls={
                c.Authentication(method="e-mail and password (club account)"),
                c.InputValidation(note="entry times must be valid times for the event"),
            },
        )
    )
    # Holds every entry until the gala is over.
    entries_db = tm.add(
        tg.DataStore(
            "Entries database",
            stores={entries},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Turns entries plus ranking times into seeded heats.
    agent = tm.add(
        tg.Agent(
            "Seeding agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Checks claimed entry times against rankings and seeds heats "
            "fastest-last by age group.",
            controls={
                c.HumanInTheLoop(
                    approver="gala secretary",
                    note="the secretary reviews the draft heat sheet before it is issued",
                )
            },
        )
    )
    # Lets the agent fetch a swimmer's ranked best times.
    rankings_tool = tm.add(
        tg.Tool(
            "Rankings lookup tool",
            capabilities={"read", "network-egress"},
            description="Queries the national rankings feed by registration number.",
        )
    )
    # Lets the agent write the seeded heats it produces.
    heats_tool = tm.add(tg.Tool("Heat sheet writer tool", capabilities={"write"}))
    # Heats before the gala, confirmed results after each event.
    results_db = tm.add(tg.DataStore("Results database", stores={heat_sheet, confirmed_results}))
    # Public results page parents and other clubs read.
    results_page = tm.add(tg.Endpoint("Public results page", purpose=tg.EndpointPurpose.API))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model behind the seeding agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("National governing body", trust=tg.Trust.PARTNER):
    # Source of verified ranking times.
    rankings_feed = tm.add(
        tg.ExternalService("National rankings feed", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Poolside network", trust=tg.Trust.INTERNAL):
    # The referee confirms DQs before results go out.
    referee = tm.add(tg.Actor("Referee", role="technical official"))
    # Touchpads and backup buttons in each lane, wired to the timing console.
    touchpads = tm.add(tg.Device("Touchpad timing console", fleet=False))
    # Meet management software on the club laptop at the timing desk.
    meet_manager = tm.add(
        tg.Service(
            "Meet manager laptop",
            description="Merges touchpad times with the heats, applies DQs, uploads results.",
            controls={
                c.HumanInTheLoop(
                    approver="referee",
                    note="an event's results upload only after the referee has confirmed its DQs",
                )
            },
        )
    )
    # Club-owned tablet the referee uses on the poolside.
    tablet = tm.add(
        tg.Device(
            "Officials' poolside tablet",
            fleet=False,
            controls={c.Authentication(method="shared officials' PIN on the tablet")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(parent, portal, parent_login, entries, protocol="https")
tm.flow(portal, parent, entry_confirmation, protocol="https")
tm.flow(portal, entries_db, entries)
tm.flow(entries_db, portal, entries, label="parent views and edits entries")

tm.flow(secretary, portal, secretary_login, seeding_task, protocol="https")
tm.flow(portal, agent, seeding_task, label="start seeding")
tm.flow(entries_db, agent, entries)
tm.flow(agent, llm, seeding_prompt, protocol="https")
tm.flow(llm, agent, seeding_completion, protocol="https")
tm.flow(agent, rankings_tool, rankings_query)
tm.flow(rankings_tool, rankings_feed, rankings_query, protocol="https")
tm.flow(rankings_feed, rankings_tool, ranking_times, protocol="https")
tm.flow(rankings_tool, agent, ranking_times)
tm.flow(agent, portal, heat_sheet, label="draft heat sheet for review")
tm.flow(portal, secretary, heat_sheet, protocol="https")
tm.flow(agent, heats_tool, heat_sheet)
tm.flow(heats_tool, results_db, heat_sheet)

tm.flow(results_db, meet_manager, heat_sheet, protocol="https", label="download heats")
tm.flow(touchpads, meet_manager, touchpad_times, protocol="serial")
tm.flow(meet_manager, tablet, provisional_results, protocol="http")
tm.flow(referee, tablet, dq_decisions)
tm.flow(tablet, meet_manager, dq_decisions, protocol="http")
tm.flow(meet_manager, results_db, confirmed_results, protocol="https", label="upload results")
tm.flow(results_db, results_page, confirmed_results)
tm.flow(results_page, parent, confirmed_results, protocol="https")
