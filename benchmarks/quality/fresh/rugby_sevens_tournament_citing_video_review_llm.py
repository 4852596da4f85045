"""Rugby sevens citing review: the first design, before any security review.

At each tournament of a sevens series, citing commissioners must decide within
hours of a match whether an act of foul play warrants a citing. The host
broadcaster sends every camera angle of each match to our tournament cloud,
where an in-house video model marks clips that may show foul play (high tackles,
dangerous cleanouts, tip tackles). Commissioners work through the flagged clips in
a web workbench, from the venue or from home, signed in through the series' SSO.
For an incident they decide to cite, a drafting service sends key frames, the
referee's match report and the relevant laws of the game to a hosted multimodal
LLM, which drafts the citing report. The commissioner edits and signs the draft,
and only a signed report is e-mailed to the independent disciplinary panel.
Match officials file their reports through a web form. Tournaments are held in
Europe as well as elsewhere, so player data falls under the GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Rugby sevens citing video review",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Video model flags possible foul play; an LLM drafts citing reports that a "
        "citing commissioner signs before they go to the disciplinary panel."
    ),
)

# ---------------------------------------------------------------- data assets
match_video = tg.Data(
    "Multi-angle match video",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Every broadcast and unbroadcast camera angle of a match.",
)
frames = tg.Data("Decoded video frames", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
flags = tg.Data(
    "Possible foul play flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Match time, camera, shirt numbers involved, suspected offence and a score.",
)
clips = tg.Data("Flagged incident clips", kind="media", sensitivity=tg.Sensitivity.PII)
referee_reports = tg.Data(
    "Referee match reports",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
laws = tg.Data("Laws of the game", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
case_request = tg.Data(
    "Citing case request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The incident the commissioner wants drafted: match, player, clip references.",
)
prompt = tg.Data(
    "Drafting prompt with key frames",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, key frames of the clip, the referee report and law extracts.",
)
draft = tg.Data("Draft citing report", kind="model-output", sensitivity=tg.Sensitivity.PII)
decision = tg.Data(
    "Commissioner citing decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Cite or not, edits to the draft, and the commissioner's signature.",
)
signed_report = tg.Data(
    "Signed citing report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Citing commissioners review from the venue media room or from home.
    commissioner = tm.add(tg.Actor("Citing commissioner", role="citing commissioner"))
    # Referees and assistant referees file their match reports after each game.
    official = tm.add(tg.Actor("Match official", role="referee"))

with tm.boundary("Host broadcaster", trust=tg.Trust.PARTNER):
    # The only source of match footage: every camera angle, delivered live.
    broadcaster = tm.add(
        tg.DataSource(
            "Host broadcaster feed",
            origin=tg.Origin.PARTNER,
            provides={match_video},
            description="Isolated camera feeds contributed from the outside broadcast truck.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafting needs a model that reads images and long documents; we rent one.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Vendor chat model under an enterprise agreement (no training on our data).",
        )
    )

with tm.boundary("Disciplinary body", trust=tg.Trust.PARTNER):
    # Independent judicial officers who hear the citing; outside our organisation.
    panel = tm.add(tg.Actor("Disciplinary panel", role="judicial officer"))

with tm.boundary("Tournament cloud", trust=tg.Trust.INTERNAL):
    # Receives the feeds and cuts them into per-match, per-angle files.
    ingest = tm.add(tg.Pipeline("Video ingest", stage=tg.Stage.INGESTION))
    # Scans every angle of every match so commissioners do not have to watch it all live.
    detector = tm.add(
        tg.Model(
            "Foul play clip detector",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            description="Action-recognition model fine-tuned on past citing incidents.",
        )
    )
    # The commissioners' workbench: flagged clips, drafts, sign-off.
    workbench = tm.add(
        tg.Endpoint(
            "Citing workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="series SSO with MFA"),
                c.RBAC(note="commissioners see only the tournament they are appointed to"),
            },
        )
    )
    # Form where officials upload their match reports.
    report_form = tm.add(
        tg.Endpoint(
            "Match officials report form",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Gathers the evidence for one incident, calls the LLM, stores the draft.
    drafter = tm.add(
        tg.Service(
            "Citing report drafter",
            controls={
                c.HumanInTheLoop(
                    approver="the citing commissioner",
                    note="a draft is never sent; the commissioner edits and signs it first",
                )
            },
        )
    )
    # Reference text the drafter quotes: the law book for the sevens variations.
    laws_store = tm.add(tg.DataStore("Laws of the game library", stores={laws}))

    with tm.boundary("Evidence tier", trust=tg.Trust.RESTRICTED):
        # Full match footage kept for the tournament and the appeal window.
        archive = tm.add(
            tg.DataStore(
                "Match video archive",
                stores={match_video, clips},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Referee reports as filed, read by commissioners and the drafter.
        referee_store = tm.add(tg.DataStore("Referee report store", stores={referee_reports}))
        # Flags, drafts, decisions and signed reports for each incident.
        case_store = tm.add(
            tg.DataStore(
                "Citing case store",
                stores={flags, draft, decision, signed_report},
                controls={c.AuditLogging(note="who changed or signed each report")},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(broadcaster, ingest, match_video, protocol="srt", label="live camera feeds")
tm.flow(ingest, archive, match_video)
tm.flow(archive, detector, frames, label="every angle after each match")
tm.flow(detector, case_store, flags)

tm.flow(
    official,
    report_form,
    referee_reports,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2+")},
)
tm.flow(report_form, referee_store, referee_reports)

tm.flow(case_store, workbench, flags, draft, signed_report)
tm.flow(archive, workbench, clips, label="clip playback")
tm.flow(referee_store, workbench, referee_reports)
tm.flow(
    workbench,
    commissioner,
    flags,
    clips,
    referee_reports,
    draft,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.3")},
)
tm.flow(
    commissioner,
    workbench,
    case_request,
    decision,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.3")},
)
tm.flow(workbench, case_store, decision, signed_report)

tm.flow(workbench, drafter, case_request)
tm.flow(archive, drafter, clips)
tm.flow(referee_store, drafter, referee_reports)
tm.flow(laws_store, drafter, laws)
tm.flow(
    drafter, llm, prompt, protocol="https", controls={c.EncryptionInTransit(protocol="TLS 1.3")}
)
tm.flow(llm, drafter, draft, protocol="https", controls={c.EncryptionInTransit(protocol="TLS 1.3")})
tm.flow(drafter, case_store, draft)

tm.flow(workbench, panel, signed_report, protocol="smtp", label="e-mailed PDF")
