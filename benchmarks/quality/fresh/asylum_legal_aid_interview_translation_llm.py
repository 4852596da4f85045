"""Asylum legal aid: interview transcription, translation and statement drafting.

A legal aid charity helps asylum seekers prepare their claims. Caseworkers interview
clients in the charity's office with a freelance interpreter, recording the session on
a managed tablet. The recording is uploaded to the charity's case management system,
which sends it to a cloud speech-to-text service and then asks a hosted LLM from the
same large cloud provider to translate and summarise the transcript into a draft
witness statement. Caseworkers and the charity's solicitors edit the draft in the
case system; a solicitor signs off the final statement and uploads it to the
immigration tribunal's online portal. Staff sign in with the charity's Microsoft 365
identity (SSO with MFA), access to cases is by role, the case system keeps an audit
trail, case files are encrypted at rest with cloud-managed keys, and the cloud
provider was vetted under a data processing agreement (no training on our data,
UK region). All network links use HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Asylum legal aid interview translation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Transcribes and translates asylum interviews and drafts witness statements "
        "for caseworkers and solicitors to edit and file with the tribunal."
    ),
)

# ---------------------------------------------------------------- data assets
interview_speech = tg.Data(
    "Interview speech",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="What the client and the interpreter say in the interview room.",
)
interview_audio = tg.Data(
    "Interview recording",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Audio of the full interview: persecution history, religion, politics, health.",
)
transcript = tg.Data(
    "Interview transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
translation_prompt = tg.Data(
    "Translation and summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the statement template and the full transcript.",
)
draft_statement = tg.Data(
    "Draft witness statement",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
case_edits = tg.Data(
    "Case notes and statement edits",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)
case_file = tg.Data(
    "Client case file",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Identity, immigration history, evidence, recordings and statements.",
)
final_statement = tg.Data(
    "Final witness statement",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
sign_in = tg.Data("Staff sign-in token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # The asylum seeker being interviewed; has no account on any of our systems.
    client = tm.add(tg.Actor("Asylum seeker client", role="client"))

with tm.boundary("Interpreting agency", trust=tg.Trust.PARTNER):
    # Freelance interpreters booked through an agency sit in on interviews.
    interpreter = tm.add(tg.Actor("Interpreter", role="freelance interpreter"))

with tm.boundary("Charity office", trust=tg.Trust.INTERNAL):
    # Runs the interviews and prepares the case.
    caseworker = tm.add(tg.Actor("Caseworker", role="caseworker"))
    # In-house solicitors supervise, edit and sign off statements, and file them.
    solicitor = tm.add(tg.Actor("Solicitor", role="solicitor"))
    # Managed tablet with a recording app; uploads the recording after the interview.
    recorder = tm.add(
        tg.Device(
            "Interview recording tablet",
            fleet=True,
            description="MDM-managed tablets with the case system's recording app.",
            controls={c.EncryptionAtRest(key_management="device encryption under MDM")},
        )
    )

with tm.boundary("Charity cloud tenant", trust=tg.Trust.INTERNAL):
    # Case management web app: cases, recordings, drafts, edits and sign-off.
    case_system = tm.add(
        tg.Service(
            "Case management system",
            controls={
                c.Authentication(method="Microsoft 365 SSO with MFA"),
                c.RBAC(note="caseworker and solicitor roles; cases assigned per team"),
                c.AuditLogging(retention_days=2190),
                c.HumanInTheLoop(
                    approver="the supervising solicitor",
                    note="a statement is marked final only after solicitor sign-off",
                ),
            },
        )
    )
    # Database and blob storage behind the case system.
    case_store = tm.add(
        tg.DataStore(
            "Case file store",
            stores={case_file, interview_audio, transcript, draft_statement},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Background worker that calls the speech and LLM services for each new recording.
    ai_worker = tm.add(
        tg.Service(
            "Transcription and drafting worker",
            description="Queues each new recording, transcribes it, then drafts the statement.",
        )
    )

with tm.boundary("Cloud AI provider", trust=tg.Trust.PARTNER):
    # The provider's managed speech-to-text model, with language identification.
    speech = tm.add(
        tg.Model(
            "Cloud speech-to-text",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; UK region; no training on data")},
        )
    )
    # The provider's hosted LLM that translates and summarises into a statement.
    llm = tm.add(
        tg.LLM(
            "Hosted translation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; UK region; no training on data")},
        )
    )

with tm.boundary("Microsoft 365", trust=tg.Trust.PARTNER):
    # Staff identities and MFA for the case system.
    idp = tm.add(tg.ExternalService("Microsoft Entra ID", provides="identity-provider"))

with tm.boundary("HM Courts and Tribunals", trust=tg.Trust.PARTNER):
    # The immigration tribunal's online filing portal; solicitors upload there.
    tribunal = tm.add(tg.ExternalService("Tribunal online portal"))

# ---------------------------------------------------------------- flows
tm.flow(client, recorder, interview_speech, label="in person at interview")
tm.flow(interpreter, recorder, interview_speech, label="in person at interview")
tm.flow(recorder, case_system, interview_audio, protocol="https", label="upload after interview")

tm.flow(caseworker, idp, sign_in, protocol="https")
tm.flow(solicitor, idp, sign_in, protocol="https")
tm.flow(idp, case_system, sign_in, protocol="https")

tm.flow(case_system, case_store, case_file, interview_audio, transcript, draft_statement)
tm.flow(case_store, case_system, case_file, interview_audio, transcript, draft_statement)

tm.flow(case_system, ai_worker, interview_audio, label="new recording")
tm.flow(ai_worker, speech, interview_audio, protocol="https")
tm.flow(speech, ai_worker, transcript, protocol="https")
tm.flow(ai_worker, llm, translation_prompt, protocol="https")
tm.flow(llm, ai_worker, draft_statement, protocol="https")
tm.flow(ai_worker, case_system, transcript, draft_statement)

tm.flow(caseworker, case_system, case_edits, protocol="https")
tm.flow(case_system, caseworker, case_file, transcript, draft_statement, protocol="https")
tm.flow(solicitor, case_system, case_edits, protocol="https", label="edits and sign-off")
tm.flow(case_system, solicitor, case_file, draft_statement, final_statement, protocol="https")

tm.flow(solicitor, tribunal, final_statement, protocol="https", label="files statement")
tm.flow(tribunal, solicitor, case_file, protocol="https", label="directions and decisions")
