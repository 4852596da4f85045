"""Hurling club player injury and selection assistant: the first design.

A GAA hurling club wants one place for its senior and U-20 panels' fitness
and injury information, and an LLM assistant that drafts match-day selection
recommendations for the team manager. Players send a short daily wellness
check-in (sleep, soreness, niggles) from a mobile web app; the club physio
records injuries and return-to-play notes in a staff portal; GPS vest
training loads are imported nightly from the vest vendor's cloud, and the
panel roster comes from the GAA membership platform. When the manager asks
"who is available for Sunday?", an orchestrator pulls these records, builds a
prompt and calls a hosted LLM; the draft comes back to the manager, who picks
the team, and the approved team sheet goes out to players by SMS.
It all runs in the club's small cloud tenancy. Controls: sign-in for players
and staff, TLS on outside links, an encrypted injury store, portal roles, and
the manager's approval of every team sheet.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hurling club player injury and selection assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Injury, wellness and load records for a hurling panel, with LLM-drafted "
    "selection recommendations for the team manager.",
)

# ---------------------------------------------------------------- data assets
wellness = tg.Data(
    "Wellness check-in",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Daily sleep, soreness, fatigue and free-text niggles: health data.",
)
training_load = tg.Data(
    "GPS training load readings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Distance, sprints and high-speed running per player per session.",
)
injury_notes = tg.Data(
    "Injury and return-to-play notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
roster = tg.Data("Panel roster", kind="records", sensitivity=tg.Sensitivity.PII)
selection_question = tg.Data(
    "Manager selection question", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL
)
selection_prompt = tg.Data(
    "Selection prompt with player records",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the question, roster, injury status, wellness and loads.",
)
draft_recommendation = tg.Data(
    "Draft selection recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Suggested starting fifteen and subs, with a fitness note per player.",
)
team_sheet = tg.Data("Approved team sheet", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Panel members, some of them 17-18, sending check-ins from their own phones.
    player = tm.add(tg.Actor("Player", role="panel member"))

with tm.boundary("Club staff devices", trust=tg.Trust.UNTRUSTED):
    # Volunteers working from their own phones and laptops, wherever they are.
    physio = tm.add(tg.Actor("Club physio", role="physiotherapist"))
    manager = tm.add(tg.Actor("Team manager", role="manager and selector"))

with tm.boundary("GPS vest vendor", trust=tg.Trust.PARTNER):
    # The vest vendor's cloud, where the training sessions are uploaded after each session.
    gps_platform = tm.add(
        tg.DataSource(
            "GPS vest vendor platform",
            origin=tg.Origin.VENDOR,
            provides={training_load},
            description="Exports per-player session summaries over its REST API.",
        )
    )

with tm.boundary("GAA membership platform", trust=tg.Trust.PARTNER):
    # The association's registration system: the source of who is on the panel.
    membership = tm.add(
        tg.ExternalService(
            "GAA membership system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Registered players of the club, pulled for the panel roster.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose hosted model; we do not run models ourselves.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Drafts selection recommendations from the players' health records.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the team sheet to players' phones.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Club cloud tenancy", trust=tg.Trust.INTERNAL):
    # The players' mobile web app talks to this API.
    player_api = tm.add(
        tg.Endpoint(
            "Player check-in API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail magic link")},
        )
    )
    # Where the physio and the manager work; the physio sees full notes, coaches do not.
    portal = tm.add(
        tg.Endpoint(
            "Staff portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="club Google Workspace account with 2-step verification"),
                c.RBAC(note="physio role sees full injury notes; manager role sees status"),
            },
        )
    )
    # Gathers the records for a question, builds the prompt and calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "Selection assistant orchestrator",
            controls={
                c.HumanInTheLoop(
                    approver="the team manager",
                    note="the draft is advice; the manager picks and approves every team sheet",
                )
            },
        )
    )
    # Nightly job that pulls the GPS session summaries.
    gps_import = tm.add(tg.Pipeline("GPS load import job", stage=tg.Stage.INGESTION))
    # Holds team sheets and the drafts they were picked from.
    selection_archive = tm.add(
        tg.DataStore("Selection archive", stores={draft_recommendation, team_sheet})
    )

    with tm.boundary("Player data tier", trust=tg.Trust.RESTRICTED):
        # The physio's clinical notes on each injury.
        medical_store = tm.add(
            tg.DataStore(
                "Injury record store",
                stores={injury_notes},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )
        # Daily check-ins and imported GPS loads.
        wellness_store = tm.add(
            tg.DataStore("Wellness and load store", stores={wellness, training_load})
        )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# players' daily check-ins
tm.flow(player, player_api, wellness, protocol="https", controls={tls})
tm.flow(player_api, wellness_store, wellness)

# GPS loads, nightly
tm.flow(gps_platform, gps_import, training_load, protocol="https", controls={tls})
tm.flow(gps_import, wellness_store, training_load)

# physio records injuries and reads them back
tm.flow(physio, portal, injury_notes, protocol="https", controls={tls})
tm.flow(portal, medical_store, injury_notes)
tm.flow(medical_store, portal, injury_notes)
tm.flow(portal, physio, injury_notes, protocol="https", controls={tls})

# the manager asks for a selection recommendation
tm.flow(manager, portal, selection_question, protocol="https", controls={tls})
tm.flow(portal, orchestrator, selection_question)
tm.flow(membership, orchestrator, roster, protocol="https", controls={tls}, label="roster sync")
tm.flow(orchestrator, medical_store, selection_question, label="injury status query")
tm.flow(medical_store, orchestrator, injury_notes)
tm.flow(orchestrator, wellness_store, selection_question, label="recent wellness and loads")
tm.flow(wellness_store, orchestrator, wellness, training_load)
tm.flow(orchestrator, llm, selection_prompt, protocol="https", controls={tls})
tm.flow(llm, orchestrator, draft_recommendation, protocol="https", controls={tls})
tm.flow(orchestrator, selection_archive, draft_recommendation)
tm.flow(orchestrator, portal, draft_recommendation)
tm.flow(portal, manager, draft_recommendation, protocol="https", controls={tls})

# the manager approves the team; players are told
tm.flow(manager, portal, team_sheet, protocol="https", controls={tls}, label="approves team")
tm.flow(portal, selection_archive, team_sheet)
tm.flow(portal, sms, team_sheet, protocol="https", controls={tls})
tm.flow(sms, player, team_sheet, protocol="sms")
