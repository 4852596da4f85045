"""Regatta results and protest summaries for a yacht club: the first design.

Race officers on the committee boat record each boat's finish time in a tablet app,
which syncs to the club's results service in the cloud when it has signal. The
results service fetches each entered boat's handicap from the national rating
authority's API and works out corrected times; the principal race officer checks
provisional results before they are published on the club website.
Competitors sign in to the regatta portal (e-mail and password) to enter and to
lodge written protests; witnesses' statements are uploaded there too. A summary
service sends a protest and its statements to a hosted LLM, which drafts a hearing
summary for the protest committee. The committee reads the draft in its portal,
hears the parties and decides; the decision, not the draft, changes the results.
The club is in Ireland; entries and protests hold competitors' personal data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Regatta results and protest summaries",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Finish times, handicap results and LLM-drafted protest hearing summaries.",
)

# ---------------------------------------------------------------- data assets
finish_times = tg.Data(
    "Finish times",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
entries = tg.Data(
    "Regatta entries",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Helm and crew names, contact details, sail numbers and boat classes.",
)
handicap_query = tg.Data("Handicap lookup", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
handicaps = tg.Data(
    "Handicap ratings",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
provisional_results = tg.Data("Provisional results", sensitivity=tg.Sensitivity.PII, kind="records")
results_release = tg.Data(
    "Results release approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
published_results = tg.Data("Published results", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
protest = tg.Data("Written protest", sensitivity=tg.Sensitivity.PII, kind="documents")
witness_statement = tg.Data("Witness statement", sensitivity=tg.Sensitivity.PII, kind="documents")
summary_prompt = tg.Data(
    "Summary prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, the protest, the statements and the racing rules cited.",
)
draft_summary = tg.Data(
    "Draft hearing summary", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
protest_decision = tg.Data(
    "Protest committee decision",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Helms and crews who enter the regatta and lodge protests; witnesses use the same portal.
    competitor = tm.add(tg.Actor("Competitor", role="competitor"))
    # Anyone reading the results on the club website.
    visitor = tm.add(tg.Actor("Website visitor", role="public"))

with tm.boundary("Committee boat", trust=tg.Trust.INTERNAL):
    # The race officer who takes the finishes on the water.
    race_officer = tm.add(tg.Actor("Race officer", role="race officer"))
    # Club tablets running the finish-recording app, offline-first, syncing over mobile data.
    tablet = tm.add(
        tg.Device(
            "Race officer tablet app",
            fleet=True,
            controls={c.Authentication(method="race officer club account e-mail and password")},
        )
    )

with tm.boundary("National rating authority", trust=tg.Trust.PARTNER):
    # Publishes each boat's current handicap certificate through an API the club has a key for.
    rating_api = tm.add(
        tg.ExternalService("Rating authority API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that drafts hearing summaries.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A general-purpose model behind the vendor's API; drafts only.",
        )
    )

with tm.boundary("Club cloud", trust=tg.Trust.INTERNAL):
    # Computes corrected times and rankings from finish times and handicaps.
    results_service = tm.add(
        tg.Service(
            "Results service",
            controls={c.HumanInTheLoop(approver="principal race officer")},
        )
    )
    # Entries, finish times, handicaps and results for every race.
    results_db = tm.add(
        tg.DataStore(
            "Results database",
            stores={entries, finish_times, handicaps, provisional_results, protest_decision},
        )
    )
    # Where competitors enter, lodge protests and upload witness statements.
    portal = tm.add(
        tg.Endpoint(
            "Regatta portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Protests, witness statements, draft summaries and decisions.
    protest_store = tm.add(
        tg.DataStore(
            "Protest file store",
            stores={protest, witness_statement, draft_summary, protest_decision},
        )
    )
    # Builds the prompt from a protest's documents and stores the LLM's draft.
    summary_service = tm.add(tg.Service("Protest summary service"))
    # Where the protest committee and race officers read drafts, record decisions and release results.
    committee_portal = tm.add(
        tg.Endpoint(
            "Committee portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password"), c.RBAC()},
        )
    )
    # The public results pages of the club website.
    website = tm.add(tg.Endpoint("Club website results pages", purpose=tg.EndpointPurpose.API))

with tm.boundary("Club officials", trust=tg.Trust.INTERNAL):
    # Protest committee members, who hear protests and decide them.
    committee = tm.add(tg.Actor("Protest committee member", role="protest committee"))
    # The principal race officer, who releases results after checking them.
    pro = tm.add(tg.Actor("Principal race officer", role="race officer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(race_officer, tablet, finish_times, label="taps finishes")
tm.flow(tablet, results_service, finish_times, protocol="https")
tm.flow(results_service, tablet, provisional_results, protocol="https")

tm.flow(results_service, rating_api, handicap_query, protocol="https")
tm.flow(rating_api, results_service, handicaps, protocol="https")
tm.flow(results_service, results_db, finish_times, handicaps, provisional_results)
tm.flow(results_db, results_service, entries, finish_times, handicaps, protest_decision)

tm.flow(competitor, portal, entries, protest, witness_statement, protocol="https")
tm.flow(portal, competitor, published_results, protest_decision, protocol="https")
tm.flow(portal, results_db, entries)
tm.flow(portal, protest_store, protest, witness_statement)
tm.flow(protest_store, portal, protest_decision)

tm.flow(protest_store, summary_service, protest, witness_statement)
tm.flow(summary_service, llm, summary_prompt, protocol="https")
tm.flow(llm, summary_service, draft_summary, protocol="https")
tm.flow(summary_service, protest_store, draft_summary)

tm.flow(protest_store, committee_portal, protest, witness_statement, draft_summary)
tm.flow(committee_portal, committee, protest, witness_statement, draft_summary, protocol="https")
tm.flow(committee, committee_portal, protest_decision, protocol="https")
tm.flow(committee_portal, protest_store, protest_decision)
tm.flow(committee_portal, results_db, protest_decision)

tm.flow(results_service, committee_portal, provisional_results)
tm.flow(committee_portal, pro, provisional_results, protocol="https")
tm.flow(pro, committee_portal, results_release, protocol="https")
tm.flow(committee_portal, results_service, results_release)
tm.flow(results_service, website, published_results)
tm.flow(website, visitor, published_results, protocol="https")
tm.flow(website, portal, published_results)
