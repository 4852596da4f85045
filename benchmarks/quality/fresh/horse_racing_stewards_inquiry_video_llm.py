"""Stewards' inquiry assistant: the first design, before any security review.

When the raceday stewards open an inquiry (interference, careless riding, misuse of
the whip, non-triers), the stewards' secretary selects replay and patrol-camera clips
on an inquiry workbench hosted in the racing regulator's cloud tenancy. The hearing
in the stewards' room is recorded, and the jockeys' and trainers' statements are
transcribed by a vendor's speech-to-text API. An orchestrator then sends the clips,
the statements, the relevant Rules of Racing and penalty guidelines (from a vector
index) and the rider's disciplinary record to a hosted video-capable LLM, which drafts
an inquiry summary. The stewards' panel reads the draft beside the clips and decides
any penalty; decisions are kept in the inquiry case store and sent to the racing
administrator that applies suspensions and fines. Controls in this design: SSO with
MFA and role-based access on the workbench, HTTPS throughout, encryption and audit
logging on the case store, and the panel's own decision on every penalty.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Stewards' inquiry assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Drafts inquiry summaries from race replays, statements and the rules "
    "for the stewards' panel that decides penalties.",
)

# ---------------------------------------------------------------- data assets
race_footage = tg.Data(
    "Race replay footage",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Head-on, side-on and patrol-camera angles of each race.",
)
clips = tg.Data(
    "Inquiry replay clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
inquiry_request = tg.Data(
    "Inquiry request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Race, riders involved, suspected breach and the clips selected.",
)
statement_audio = tg.Data("Hearing audio", kind="media", sensitivity=tg.Sensitivity.PII)
spoken_evidence = tg.Data("Spoken evidence", kind="media", sensitivity=tg.Sensitivity.PII)
transcript = tg.Data("Statement transcript", kind="documents", sensitivity=tg.Sensitivity.PII)
rules = tg.Data(
    "Rules of Racing and penalty guidelines", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
rule_chunks = tg.Data("Rule extracts", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC)
rule_query = tg.Data("Rule search query", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
rider_lookup = tg.Data("Rider lookup", kind="records", sensitivity=tg.Sensitivity.PII)
history = tg.Data(
    "Rider disciplinary history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
llm_prompt = tg.Data(
    "Inquiry prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Clip frames, transcripts, rule extracts and the rider's record.",
)
draft = tg.Data("Draft inquiry summary", kind="model-output", sensitivity=tg.Sensitivity.PII)
decision = tg.Data(
    "Penalty decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
inquiry_file = tg.Data("Inquiry file", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Racecourse participants", trust=tg.Trust.UNTRUSTED):
    # The rider under inquiry gives evidence in person in the stewards' room.
    jockey = tm.add(tg.Actor("Jockey", role="licensed rider"))

with tm.boundary("Camera contractor", trust=tg.Trust.PARTNER):
    # The racecourse's broadcast and patrol-camera contractor's replay server.
    cameras = tm.add(
        tg.DataSource("Racecourse replay server", origin=tg.Origin.PARTNER, provides={race_footage})
    )

with tm.boundary("Stewards' room", trust=tg.Trust.INTERNAL):
    # Regulator staff who prepare the inquiry and run the workbench.
    secretary = tm.add(tg.Actor("Stewards' secretary", role="stewards' secretary"))
    # The three raceday stewards who hear the case and decide.
    panel = tm.add(tg.Actor("Stewards' panel", role="raceday steward"))
    # Room microphone set recording the hearing for the record.
    recorder = tm.add(tg.Device("Inquiry room recorder", fleet=False))

with tm.boundary("Regulator cloud tenancy", trust=tg.Trust.INTERNAL):
    # Web app the secretary and panel use on regulator laptops.
    workbench = tm.add(
        tg.Endpoint(
            "Inquiry workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC single sign-on with MFA"),
                c.RBAC(),
            },
        )
    )
    # Builds the prompt from clips, transcripts, rules and record; calls the models.
    orchestrator = tm.add(
        tg.Service(
            "Inquiry orchestrator",
            description="Assembles the inquiry bundle and asks the LLM for a draft summary.",
            controls={
                c.HumanInTheLoop(
                    approver="the stewards' panel",
                    note="the draft is advice; the panel watches the clips and decides",
                )
            },
        )
    )
    # Clips copied from the contractor for each race meeting.
    clip_store = tm.add(tg.DataStore("Replay clip store", stores={race_footage, clips}))
    # Embedded Rules of Racing and penalty guidelines, re-indexed on each rules change.
    rules_index = tm.add(tg.VectorStore("Rules index", stores={rule_chunks}))
    # Published rulebook maintained by the regulator's rules team.
    rulebook = tm.add(
        tg.DataSource("Rules of Racing publication", origin=tg.Origin.INTERNAL, provides={rules})
    )
    # Inquiry files: clips chosen, transcripts, drafts and the panel's decision.
    case_store = tm.add(
        tg.DataStore(
            "Inquiry case store",
            stores={inquiry_file, transcript, draft, decision},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.AuditLogging(retention_days=2555),
            },
        )
    )

with tm.boundary("Licensing systems", trust=tg.Trust.INTERNAL):
    # Rider licensing database holding past offences, used for penalty entry points.
    licensing = tm.add(tg.DataStore("Rider licensing database", stores={history}))

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that watches clip frames and writes the draft.
    video_llm = tm.add(
        tg.LLM(
            "Hosted video LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Summarises what the clips show against the statements and rules.",
        )
    )
    # Vendor speech recognition used for the hearing transcript.
    stt = tm.add(tg.ExternalService("Speech-to-text API", provides="model-api"))

with tm.boundary("Racing administrator", trust=tg.Trust.PARTNER):
    # Applies suspensions and fines to riders' records and entries.
    admin = tm.add(tg.ExternalService("Racing administration system"))

# ---------------------------------------------------------------- flows
tm.flow(cameras, clip_store, race_footage, protocol="https", label="post-race clip pull")
tm.flow(secretary, workbench, inquiry_request, protocol="https")
tm.flow(workbench, secretary, draft, protocol="https")
tm.flow(workbench, orchestrator, inquiry_request, protocol="https")
tm.flow(clip_store, orchestrator, clips, protocol="https")
tm.flow(clip_store, workbench, clips, protocol="https", label="clips for the panel")

tm.flow(jockey, recorder, spoken_evidence, label="in person")
tm.flow(recorder, workbench, statement_audio, protocol="https")
tm.flow(workbench, orchestrator, statement_audio, protocol="https")
tm.flow(orchestrator, stt, statement_audio, protocol="https")
tm.flow(stt, orchestrator, transcript, protocol="https")

tm.flow(rulebook, rules_index, rules, label="re-index on rules change")
tm.flow(orchestrator, rules_index, rule_query)
tm.flow(rules_index, orchestrator, rule_chunks)
tm.flow(orchestrator, licensing, rider_lookup, protocol="https")
tm.flow(licensing, orchestrator, history, protocol="https")

tm.flow(orchestrator, video_llm, llm_prompt, protocol="https")
tm.flow(video_llm, orchestrator, draft, protocol="https")
tm.flow(orchestrator, case_store, transcript, draft)
tm.flow(orchestrator, workbench, draft, transcript, protocol="https")

tm.flow(workbench, panel, draft, transcript, clips, protocol="https")
tm.flow(panel, workbench, decision, protocol="https")
tm.flow(workbench, case_store, decision, inquiry_file)
tm.flow(case_store, workbench, inquiry_file)
tm.flow(panel, jockey, decision, label="announced in person")
tm.flow(workbench, admin, decision, protocol="https")
