"""Sailing club race results, handicaps and LLM race reports: the first design.

The club's race officer records finish times on a club-owned tablet on the
committee boat; boats also carry GPS trackers whose tracks reach us through the
tracker vendor's platform after each race. A results service on the club's cloud
account applies Portsmouth Yardstick handicaps, stores entries, times and results
in one database, and posts results to the club website (a hosted CMS). An LLM
hosted by a model vendor drafts race reports from the results and tracks, which
the sailing secretary edits before publishing, and answers members' questions
about protests in the members' portal, retrieving from an index of the Racing
Rules of Sailing and the club's sailing instructions. Members sign in to the
portal with e-mail and password; the tablet and the tracker platform call the
results service with API keys; the database uses the cloud provider's encryption
at rest and daily backups. Traffic is HTTPS throughout.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sailing club race results and handicap LLM",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Handicap race results from tablet and GPS tracker timings, with LLM "
    "race reports and protest Q&A for members.",
)

# ---------------------------------------------------------------- data assets
finish_times = tg.Data(
    "Finish times",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Sail number, class and finish time for each boat, as the race officer records them.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
gps_tracks = tg.Data(
    "Boat GPS tracks",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Timestamped positions of each boat, tied to its helm and crew.",
)
entries = tg.Data(
    "Race entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Helm and crew names, sail numbers, boat classes for each race.",
)
ratings = tg.Data("Handicap ratings", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
results = tg.Data(
    "Race results",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Corrected times and places with helm names, published on the website.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
member_logins = tg.Data(
    "Member login credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
rulebook = tg.Data(
    "Racing rules and sailing instructions",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
)
rule_chunks = tg.Data("Rule passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC)
protest_question = tg.Data(
    "Protest question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="A member's account of an incident, often naming other boats and helms.",
)
protest_prompt = tg.Data("Protest question prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
protest_answer = tg.Data("Protest answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
report_prompt = tg.Data("Race report prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
report_draft = tg.Data("Race report draft", kind="model-output", sensitivity=tg.Sensitivity.PII)
published_report = tg.Data(
    "Published race report", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Club members read results and ask the assistant about protests.
    member = tm.add(tg.Actor("Club member", role="member"))
    # World Sailing publishes the Racing Rules of Sailing as a PDF.
    rrs_source = tm.add(
        tg.DataSource(
            "World Sailing rules publication",
            origin=tg.Origin.PUBLIC_WEB,
            provides={rulebook},
        )
    )

with tm.boundary("Race course", trust=tg.Trust.UNTRUSTED):
    # Trackers clipped to each boat report positions over the mobile network.
    trackers = tm.add(
        tg.Device("Boat GPS trackers", fleet=True, description="Vendor-supplied, on loan to boats.")
    )

with tm.boundary("Committee boat", trust=tg.Trust.INTERNAL):
    # The race officer runs the start and takes finish times.
    race_officer = tm.add(tg.Actor("Race officer", role="race officer"))
    # Club-owned tablet running the results app; the source of official finish times.
    tablet = tm.add(
        tg.Device(
            "Race officer tablet", fleet=False, description="Club Android tablet on mobile data."
        )
    )

with tm.boundary("Tracker vendor", trust=tg.Trust.PARTNER):
    # The vendor's cloud collects tracker positions and exports tracks per race.
    tracker_platform = tm.add(
        tg.ExternalService("Tracker vendor platform", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that writes reports and answers rules questions.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Website host", trust=tg.Trust.PARTNER):
    # The club's public website on a hosted CMS, where results and reports appear.
    website = tm.add(tg.ExternalService("Club website CMS"))

with tm.boundary("Club cloud account", trust=tg.Trust.INTERNAL):
    # Computes corrected times and places from finish times and handicaps.
    results_service = tm.add(
        tg.Service(
            "Results service",
            description="Receives finish times and tracks, applies handicaps, publishes results.",
            controls={c.Authentication(method="per-tablet API key and tracker vendor API key")},
        )
    )
    # Single database for entries, times, tracks, results and portal accounts.
    results_db = tm.add(
        tg.DataStore(
            "Results database",
            stores={entries, finish_times, gps_tracks, ratings, results, member_logins},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.DataVersioning(note="daily snapshots kept 30 days"),
            },
        )
    )
    # Members' web portal: results, own race history and the protest assistant.
    portal = tm.add(
        tg.Endpoint(
            "Members portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Builds prompts for race reports and protest questions and calls the LLM.
    assistant = tm.add(
        tg.Service(
            "Race assistant service",
            description="Drafts race reports and answers protest questions from retrieved rules.",
            controls={
                c.HumanInTheLoop(
                    approver="sailing secretary",
                    note="race report drafts are edited and published by the sailing secretary",
                )
            },
        )
    )
    # Chunks and embeds the rules PDF and the club's sailing instructions.
    rules_ingest = tm.add(tg.Pipeline("Rules ingestion job", stage=tg.Stage.INGESTION))
    # Vector index the assistant retrieves rule passages from.
    rules_index = tm.add(tg.VectorStore("Rules index", stores={rule_chunks}))

with tm.boundary("Club office", trust=tg.Trust.INTERNAL):
    # Volunteer who manages entries, handicaps, sailing instructions and reports.
    secretary = tm.add(tg.Actor("Sailing secretary", role="administrator", privileged=True))

# ---------------------------------------------------------------- flows
# Timing and results
tm.flow(race_officer, tablet, finish_times, label="taps finish times on the touchscreen")
tm.flow(tablet, results_service, finish_times, protocol="https")
tm.flow(trackers, tracker_platform, gps_tracks, protocol="mqtt over tls")
tm.flow(
    tracker_platform, results_service, gps_tracks, protocol="https", label="post-race track export"
)
tm.flow(
    secretary,
    results_service,
    entries,
    ratings,
    protocol="https",
    label="entries and handicap list",
)
tm.flow(results_service, results_db, entries, finish_times, gps_tracks, ratings, results)
tm.flow(results_db, results_service, entries, finish_times, ratings)
tm.flow(results_service, website, results, protocol="https")

# Members portal
tm.flow(member, portal, protest_question, protocol="https")
tm.flow(portal, member, protest_answer, results, protocol="https")
tm.flow(results_db, portal, results, member_logins, label="results and sign-in check")

# Protest questions
tm.flow(portal, assistant, protest_question)
tm.flow(assistant, rules_index, protest_question, label="similarity query")
tm.flow(rules_index, assistant, rule_chunks)
tm.flow(assistant, llm, protest_prompt, report_prompt, protocol="https")
tm.flow(llm, assistant, protest_answer, report_draft, protocol="https")
tm.flow(assistant, portal, protest_answer)

# Race reports
tm.flow(results_service, assistant, results, gps_tracks, label="race finished")
tm.flow(assistant, secretary, report_draft, protocol="https", label="draft for editing")
tm.flow(secretary, website, published_report, protocol="https")

# Rules ingestion
tm.flow(rrs_source, rules_ingest, rulebook, protocol="https")
tm.flow(secretary, rules_ingest, rulebook, protocol="https", label="sailing instructions upload")
tm.flow(rules_ingest, rules_index, rule_chunks)
