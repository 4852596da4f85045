"""Bout report assistant for a roller derby league: the first design.

The league is a volunteer-run club in Ireland. At each bout, penalty trackers enter
every penalty (skater number, code, jam and period) on league tablets that sync
over the venue Wi-Fi to an upload API in the league's cloud project. After the bout
a video review official watches the footage and uploads timestamped notes (missed
calls, expulsions, injury stoppages) through the officials' portal. A drafting
service joins the penalty log, the video notes and the skater roster, asks a hosted
LLM for a bout report and per-skater penalty summaries, and stores the draft. The
head referee reviews and edits the draft in the portal; only their sign-off submits
the final report to the governing body's sanctioning portal. Tablets use a per-tablet
API key, officials sign in with e-mail and password, the portal gives roles per
official, uploads are schema-checked and the databases are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Roller derby league bout penalty tracking assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Drafts bout reports and penalty summaries from officials' data for the head referee.",
)

# ---------------------------------------------------------------- data assets
penalties = tg.Data(
    "Penalty log",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per penalty: skater number and team, penalty code, jam, period, box times.",
)
video_notes = tg.Data(
    "Video review notes",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Timestamped free-text notes on calls, expulsions, misconduct and injury stoppages.",
)
roster = tg.Data(
    "Skater roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Derby names, legal names, numbers, teams and membership status.",
)
prompt = tg.Data("Drafting prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM draft text", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft = tg.Data(
    "Bout report draft",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Bout report and per-skater penalty summaries, before the head referee edits them.",
)
final_report = tg.Data(
    "Signed-off bout report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
draft_request = tg.Data("Draft request", kind="records", description="Which bout to draft.")
sign_off = tg.Data(
    "Head referee edits and sign-off", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Bout venue", trust=tg.Trust.UNTRUSTED):
    # Officials who record penalties live during the bout.
    tracker = tm.add(tg.Actor("Penalty tracker", role="official"))
    # League-owned tablets running the penalty tracking app, on the venue's Wi-Fi.
    tablets = tm.add(tg.Device("Penalty tracking tablets", fleet=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Official who reviews bout footage afterwards and writes notes.
    video_official = tm.add(tg.Actor("Video review official", role="official"))
    # Signs off the bout report; answerable to the governing body for it.
    head_ref = tm.add(tg.Actor("Head referee", role="head referee"))

with tm.boundary("Governing body", trust=tg.Trust.PARTNER):
    # Where sanctioned bouts' reports and penalty data must be filed.
    sanctioning = tm.add(tg.ExternalService("Sanctioning portal"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model that writes the draft prose.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("League cloud project", trust=tg.Trust.INTERNAL):
    # Receives penalty logs from the tablets during and after the bout.
    upload_api = tm.add(
        tg.Endpoint(
            "Tablet upload API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-tablet API key issued at bout setup"),
                c.SchemaEnforcement(),
            },
        )
    )
    # Web portal for officials: video notes in, drafts reviewed and signed off.
    portal = tm.add(
        tg.Endpoint(
            "Officials portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(),
                c.HumanInTheLoop(approver="head referee"),
            },
        )
    )
    # Penalty logs and video notes of every bout.
    bout_db = tm.add(
        tg.DataStore(
            "Bout records database",
            stores={penalties, video_notes},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The league's skater roster, loaded from the membership system.
    roster_db = tm.add(
        tg.DataStore(
            "Roster database",
            stores={roster},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Source of the roster: the league's membership records.
    membership = tm.add(
        tg.DataSource("League membership system", origin=tg.Origin.INTERNAL, provides={roster})
    )
    # Joins bout data and roster, prompts the LLM, stores the draft.
    drafter = tm.add(
        tg.Service(
            "Report drafting service",
            description="Runs when the head referee asks for a draft of a bout.",
        )
    )
    # Drafts and signed-off reports.
    report_db = tm.add(tg.DataStore("Report store", stores={draft, final_report}))

# ---------------------------------------------------------------- flows
# penalties from the bout
tm.flow(tracker, tablets, penalties, label="entered during the bout")
tm.flow(tablets, upload_api, penalties, protocol="https")
tm.flow(upload_api, bout_db, penalties)

# video review notes
tm.flow(video_official, portal, video_notes, protocol="https")
tm.flow(portal, bout_db, video_notes)

# roster
tm.flow(membership, roster_db, roster, label="nightly export")

# drafting
tm.flow(portal, drafter, draft_request, label="head referee asks for a draft")
tm.flow(bout_db, drafter, penalties, video_notes)
tm.flow(roster_db, drafter, roster)
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, completion, protocol="https")
tm.flow(drafter, report_db, draft)

# review and sign-off
tm.flow(report_db, portal, draft)
tm.flow(portal, head_ref, draft, protocol="https")
tm.flow(head_ref, portal, sign_off, protocol="https")
tm.flow(portal, report_db, final_report)
tm.flow(portal, sanctioning, final_report, protocol="https")
