"""Shinty club match video and injury reporting: the first design, before any security review.

A Highland shinty club wants to stop writing match reports and injury forms by hand.
After each game a volunteer coach uploads the match video and short notes to the club
portal, and the club physio (or pitch-side first aider) enters what injuries happened.
A processing worker cuts key frames from the video; a report service sends the frames
and notes to a hosted multimodal LLM, which drafts a match report for the club website
and an injury report for the physio. The portal, storage and workers run in the club's
cloud account; injury records sit in a separate, more restricted database.
Approved injury reports are kept in the club's injury records, submitted to the
governing body's injury surveillance scheme and sent to the player as a return-to-play
letter by e-mail. Controls: e-mail and password sign-in with coach and physio roles,
HTTPS on every link, provider-managed encryption at rest for video and injury records,
and a person approving every report before it goes out. Players include under-18s.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Shinty club match video and injury reporting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-drafted match reports and injury reports from match video and pitch-side notes.",
)

# ---------------------------------------------------------------- data assets
match_video = tg.Data(
    "Match video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Full-match footage from the club's camera; players, juniors and spectators are identifiable.",
)
coach_notes = tg.Data("Coach match notes", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
injury_notes = tg.Data(
    "Pitch-side injury notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Player name, age, injury, mechanism, treatment given and suspected concussion.",
)
key_frames = tg.Data("Key match frames", kind="media", sensitivity=tg.Sensitivity.PII)
report_prompt = tg.Data(
    "Report drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the coach's notes and, for injury reports, the injury notes.",
)
draft_match_report = tg.Data(
    "Draft match report", kind="model-output", sensitivity=tg.Sensitivity.PII
)
draft_injury_report = tg.Data(
    "Draft injury report", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
published_report = tg.Data(
    "Published match report", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
injury_record = tg.Data(
    "Player injury records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
surveillance_return = tg.Data(
    "Injury surveillance return",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Per-injury return for the governing body: age band, position, injury type, time lost.",
)
rtp_letter = tg.Data(
    "Return-to-play letter", kind="documents", sensitivity=tg.Sensitivity.REGULATED
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteer coach: uploads video and notes, approves match reports.
    coach = tm.add(tg.Actor("Club coach", role="volunteer coach"))
    # Physio or pitch-side first aider: records injuries and approves injury reports.
    physio = tm.add(tg.Actor("Club physio", role="physio"))
    # Player (or a junior player's parent): receives the return-to-play letter.
    player = tm.add(tg.Actor("Player", role="player"))

with tm.boundary("Club cloud account", trust=tg.Trust.INTERNAL):
    # The one web front door for coaches and the physio; publishes and submits approved reports.
    portal = tm.add(
        tg.Endpoint(
            "Club reporting portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="coach and physio roles; only the physio role sees injury data"),
                c.HumanInTheLoop(
                    approver="the coach for match reports, the physio for injury reports",
                    note="nothing is published, submitted or e-mailed until the report is approved",
                ),
            },
        )
    )
    # Object storage bucket holding uploaded footage and extracted frames.
    video_store = tm.add(
        tg.DataStore(
            "Match video bucket",
            stores={match_video, key_frames},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Transcodes footage and picks key frames (goals, stoppages) with open-source video tools.
    video_worker = tm.add(
        tg.Pipeline(
            "Video processing worker",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
            description="ffmpeg and an open-source scene-change detector in a container.",
        )
    )
    # Builds the prompts, calls the LLM and saves the drafts for review.
    orchestrator = tm.add(
        tg.Service(
            "Report drafting service",
            description="Assembles notes and key frames into prompts and stores the LLM's drafts.",
        )
    )
    # Drafts waiting for the coach's or physio's approval.
    report_store = tm.add(
        tg.DataStore("Draft report store", stores={draft_match_report, draft_injury_report})
    )

    with tm.boundary("Medical records", trust=tg.Trust.RESTRICTED):
        # The club's record of every injury, kept for player welfare and insurance.
        injury_db = tm.add(
            tg.DataStore(
                "Injury records database",
                stores={injury_record},
                controls={
                    c.EncryptionAtRest(key_management="cloud provider managed keys"),
                    c.RBAC(note="physio role only"),
                },
            )
        )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that writes the drafts from frames and notes.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision and text model behind the vendor's API.",
        )
    )

with tm.boundary("Third-party services", trust=tg.Trust.PARTNER):
    # The club's hosted website CMS where match reports are published.
    website = tm.add(tg.ExternalService("Club website CMS"))
    # The governing body's injury surveillance scheme portal.
    surveillance = tm.add(tg.ExternalService("Governing body injury surveillance portal"))
    # Transactional e-mail provider used to send letters to players.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(coach, portal, match_video, coach_notes, protocol="https", controls={tls}, label="upload")
tm.flow(physio, portal, injury_notes, protocol="https", controls={tls})
tm.flow(portal, video_store, match_video)
tm.flow(video_store, video_worker, match_video)
tm.flow(video_worker, video_store, key_frames)

tm.flow(portal, orchestrator, coach_notes, injury_notes, label="draft request")
tm.flow(video_store, orchestrator, key_frames)
tm.flow(orchestrator, llm, report_prompt, key_frames, protocol="https", controls={tls})
tm.flow(
    llm, orchestrator, draft_match_report, draft_injury_report, protocol="https", controls={tls}
)
tm.flow(orchestrator, report_store, draft_match_report, draft_injury_report)
tm.flow(report_store, portal, draft_match_report, draft_injury_report)

tm.flow(portal, coach, draft_match_report, protocol="https", controls={tls}, label="review")
tm.flow(
    coach, portal, published_report, protocol="https", controls={tls}, label="edits and approves"
)
tm.flow(portal, physio, draft_injury_report, injury_record, protocol="https", controls={tls})
tm.flow(physio, portal, injury_record, protocol="https", controls={tls}, label="edits and approves")

tm.flow(portal, injury_db, injury_record)
tm.flow(injury_db, portal, injury_record, label="injury history")
tm.flow(portal, website, published_report, protocol="https", controls={tls})
tm.flow(portal, surveillance, surveillance_return, protocol="https", controls={tls})
tm.flow(portal, mailer, rtp_letter, protocol="https", controls={tls})
tm.flow(mailer, player, rtp_letter, protocol="smtp")
