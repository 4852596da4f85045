"""Esports referee assistant: the first design, before any security review.

An esports tournament organiser based in the EU runs online leagues on a
third-party tournament platform. When a team files a dispute there (a player
report, often with replay clips), an intake service pulls it through the
platform's API, fetches the match logs from the game publisher's match-data API
and stores everything as evidence. A referee assistant agent, backed by a hosted
multimodal LLM, reads the evidence through a lookup tool, retrieves the rulebook
and past rulings, and drafts a ruling. Remote human referees review, edit and
approve drafts in a referee console; only approved rulings are posted, by a
publisher service, to the tournament platform and to the teams' Discord channels.
Controls: referee approval before anything is posted, a step limit on the agent,
SSO with MFA and roles on the console, audit logs of referee actions, storage
encryption and HTTPS to every outside party.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Esports tournament referee assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Drafts rulings on match disputes for human referees and posts approved ones.",
)

# ---------------------------------------------------------------- data assets
player_report = tg.Data(
    "Player dispute report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free text from a team captain or player: accusations, screenshots, chat excerpts.",
)
replay_clips = tg.Data(
    "Replay clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Gameplay recordings, some with player voice comms.",
)
match_logs = tg.Data(
    "Match logs",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Server events keyed by player account ids: kills, disconnects, pauses.",
)
dispute_case = tg.Data("Dispute case", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
evidence_query = tg.Data("Evidence lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
evidence = tg.Data("Case evidence", kind="tool-result", sensitivity=tg.Sensitivity.PII)
rulebook = tg.Data(
    "Rulebook and past rulings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
llm_prompt = tg.Data("Ruling prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft_ruling = tg.Data("Draft ruling", kind="model-output", sensitivity=tg.Sensitivity.PII)
approved_ruling = tg.Data(
    "Approved ruling",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Outcome, penalties (forfeits, point deductions, player bans) and reasoning.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Team captains and players who file disputes; on both sides of every dispute.
    player = tm.add(tg.Actor("Player or team captain", role="competitor"))
    # Referees work remotely, many as contracted freelancers, from their own machines.
    referee = tm.add(tg.Actor("Referee", role="referee"))

with tm.boundary("Tournament platform", trust=tg.Trust.PARTNER):
    # Third-party platform hosting brackets, match results and the dispute form.
    platform = tm.add(tg.ExternalService("Tournament platform"))

with tm.boundary("Game publisher", trust=tg.Trust.PARTNER):
    # The publisher's match-data API: authoritative server-side match logs.
    match_api = tm.add(
        tg.DataSource("Match data API", origin=tg.Origin.PARTNER, provides={match_logs})
    )

with tm.boundary("Discord", trust=tg.Trust.PARTNER):
    # Each team's announcement channel, posted to by the organiser's bot.
    discord = tm.add(tg.ExternalService("Discord team channels"))

with tm.boundary("AI vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that reads the reports, logs and frames from clips.
    llm = tm.add(tg.LLM("Hosted multimodal LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Organiser cloud", trust=tg.Trust.INTERNAL):
    # Polls the platform for new disputes and gathers logs and clips into a case.
    intake = tm.add(tg.Service("Dispute intake service"))
    # Object storage and tables holding each case's reports, clips and logs.
    evidence_store = tm.add(
        tg.DataStore(
            "Evidence store",
            stores={player_report, replay_clips, match_logs},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Read-only tool the agent uses to fetch a case's evidence.
    lookup_tool = tm.add(tg.Tool("Evidence lookup tool", capabilities={"read"}))
    # The rulebook and anonymised past rulings, for retrieval.
    rulebook_index = tm.add(tg.VectorStore("Rulebook index", stores={rulebook}))
    # Reads a case, checks it against the rules and drafts a ruling.
    assistant = tm.add(
        tg.Agent(
            "Referee assistant agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                tg.controls.HumanInTheLoop(approver="the duty referee"),
                tg.controls.CircuitBreaker(max_steps=25),
            },
        )
    )
    # Drafts, approved rulings and the referees' edits.
    case_db = tm.add(
        tg.DataStore(
            "Case database",
            stores={draft_ruling, approved_ruling},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where referees review evidence, edit drafts and approve rulings.
    console = tm.add(
        tg.Endpoint(
            "Referee console",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="OIDC SSO with TOTP"),
                tg.controls.RBAC(note="referee and head referee roles"),
                tg.controls.AuditLogging(retention_days=365),
            },
        )
    )
    # Posts approved rulings with the platform API key and the Discord bot token.
    publisher = tm.add(tg.Service("Ruling publisher"))

# ---------------------------------------------------------------- flows
# dispute intake
tm.flow(player, platform, player_report, replay_clips, protocol="https", label="files dispute")
tm.flow(platform, intake, player_report, replay_clips, protocol="https", label="dispute poll")
tm.flow(match_api, intake, match_logs, protocol="https")
tm.flow(intake, evidence_store, player_report, replay_clips, match_logs)
tm.flow(intake, assistant, dispute_case, label="new case")

# drafting
tm.flow(assistant, lookup_tool, evidence_query)
tm.flow(lookup_tool, evidence_store, evidence_query)
tm.flow(evidence_store, lookup_tool, player_report, replay_clips, match_logs)
tm.flow(lookup_tool, assistant, evidence)
tm.flow(assistant, rulebook_index, dispute_case, label="similarity query")
tm.flow(rulebook_index, assistant, rulebook)
tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, case_db, draft_ruling)

# human review and approval
tm.flow(case_db, console, draft_ruling, approved_ruling)
tm.flow(evidence_store, console, player_report, replay_clips, match_logs)
tm.flow(console, referee, draft_ruling, player_report, replay_clips, match_logs, protocol="https")
tm.flow(referee, console, approved_ruling, protocol="https", label="edits and approves")
tm.flow(console, case_db, approved_ruling)
tm.flow(referee, console, rulebook, protocol="https", label="rulebook updates")
tm.flow(console, rulebook_index, rulebook)

# publishing
tm.flow(console, publisher, approved_ruling, label="publish on approval")
tm.flow(publisher, platform, approved_ruling, protocol="https")
tm.flow(publisher, discord, approved_ruling, protocol="https")
tm.flow(platform, player, approved_ruling, protocol="https")
tm.flow(discord, player, approved_ruling, protocol="https")
