"""Youth club sign-in, LLM session notes and safeguarding flags.

A charity youth club in England runs evening sessions for 11 to 18 year olds. Young
people sign in on a tablet by the door, picking their name from the roster. After each
session youth workers dictate notes on club-issued phones; a hosted speech-to-text
model transcribes them and a hosted LLM turns the transcript into a structured session
record and flags anything that reads as a safeguarding concern. Flags go into a
restricted concern log and the designated safeguarding lead is e-mailed. Each term a
summary job drafts a summary per young person with the same LLM; the club manager
reviews every summary before it is e-mailed to parents. All of it runs in the club's
cloud tenant. Staff sign in with their Workspace accounts and 2-step verification, the
door tablet with its own key; links use TLS, records are encrypted at rest, the concern
log is restricted to the lead and logs every access, and the AI vendors were reviewed
and signed a no-training, no-retention data agreement.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Youth club session notes and safeguarding flags",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Door sign-in, LLM-structured session notes, safeguarding flags and termly summaries.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data("Session sign-in", sensitivity="pii", kind="records")
roster = tg.Data("Sign-in roster", sensitivity="pii", kind="records")
profiles = tg.Data(
    "Young person profiles and emergency contacts",
    sensitivity="pii",
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
attendance = tg.Data("Attendance records", sensitivity="pii", kind="records")
audio = tg.Data("Dictated session notes audio", sensitivity="pii", kind="media")
transcript = tg.Data("Session note transcript", sensitivity="pii", kind="documents")
note_prompt = tg.Data("Note structuring prompt", sensitivity="pii", kind="prompt")
session_record = tg.Data("Structured session record", sensitivity="pii", kind="model-output")
flag = tg.Data(
    "Safeguarding concern flag",
    sensitivity="regulated",
    kind="model-output",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
concern = tg.Data(
    "Safeguarding concern record",
    sensitivity="regulated",
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
alert_mail = tg.Data("Concern alert e-mail", sensitivity="pii", kind="documents")
lead_decision = tg.Data("Lead's concern follow-up", sensitivity="regulated", kind="records")
summary_prompt = tg.Data("Termly summary prompt", sensitivity="pii", kind="prompt")
draft_summary = tg.Data("Draft termly summary", sensitivity="pii", kind="model-output")
approval = tg.Data("Summary approval", sensitivity="internal", kind="records")
summary_mail = tg.Data("Termly summary e-mail", sensitivity="pii", kind="documents")
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# ---------------------------------------------------------------- elements
with tm.boundary("Club entrance", trust="untrusted"):
    # Members of the club, signing in as they arrive.
    young_person = tm.add(tg.Actor("Young person", role="club member"))

with tm.boundary("Club premises", trust="internal"):
    # One tablet on a stand by the door, locked to the sign-in screen.
    door_tablet = tm.add(tg.Device("Door sign-in tablet", fleet=False))
    # Paid and sessional staff who run sessions and dictate notes.
    youth_worker = tm.add(tg.Actor("Youth worker", role="youth worker"))
    # Club-issued phones with the dictation app.
    staff_phone = tm.add(tg.Device("Staff phone dictation app", fleet=True))
    # Designated safeguarding lead, who receives and acts on flags.
    dsl = tm.add(tg.Actor("Designated safeguarding lead", role="safeguarding lead"))
    # Runs the club; approves every termly summary before it goes out.
    manager = tm.add(tg.Actor("Club manager", role="manager", privileged=True))

with tm.boundary("Club cloud tenant", trust="internal"):
    # Backend for the tablet, the staff app and the staff portal.
    club_api = tm.add(
        tg.Endpoint(
            "Club API",
            purpose="api",
            internet_facing=True,
            controls={
                c.Authentication(
                    method="staff Workspace accounts with 2SV; per-tablet API key for the door tablet"
                ),
                c.RBAC(),
            },
        )
    )
    # Members, attendance and structured session records.
    records_db = tm.add(
        tg.DataStore(
            "Club member records",
            stores={profiles, attendance, session_record},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Orchestrates transcription, structuring and flagging of dictated notes.
    notes_service = tm.add(
        tg.Service(
            "Session notes service",
            description="Sends audio for transcription, prompts the LLM, files records and flags.",
        )
    )
    # Once a term, drafts a summary per young person for parents.
    summary_job = tm.add(
        tg.Service(
            "Termly summary job",
            controls={c.HumanInTheLoop(approver="club manager, in the staff portal")},
        )
    )

    with tm.boundary("Safeguarding store", trust="restricted"):
        # Concern log only the safeguarding lead can open.
        concern_log = tm.add(
            tg.DataStore(
                "Safeguarding concern log",
                stores={concern, lead_decision},
                controls={
                    c.RBAC(note="safeguarding lead and deputy only"),
                    c.AuditLogging(),
                    c.EncryptionAtRest(key_management="cloud provider managed keys"),
                },
            )
        )

with tm.boundary("AI vendors", trust="partner"):
    # Hosted speech-to-text for the dictated notes.
    stt = tm.add(
        tg.Model(
            "Hosted speech-to-text model",
            task="generative",
            origin="third-party-api",
            controls={c.SupplierAssessment(note="DPA signed: no training, no retention")},
        )
    )
    # Hosted LLM that structures notes, flags concerns and drafts summaries.
    llm = tm.add(
        tg.LLM(
            "Hosted note LLM",
            origin="third-party-api",
            high_stakes=True,
            controls={c.SupplierAssessment(note="DPA signed: no training, no retention")},
        )
    )
    # Transactional e-mail service for alerts to the lead and summaries to parents.
    mailer = tm.add(tg.ExternalService("E-mail delivery service", provides="generic"))

with tm.boundary("Internet", trust="untrusted"):
    # Parents and carers receiving termly summaries.
    parent = tm.add(tg.Actor("Parent or carer", role="parent"))

# ---------------------------------------------------------------- flows
tm.flow(young_person, door_tablet, sign_in)
tm.flow(door_tablet, club_api, sign_in, protocol="https", controls={tls})
tm.flow(club_api, door_tablet, roster, protocol="https", controls={tls})
tm.flow(door_tablet, young_person, roster)
tm.flow(club_api, records_db, attendance)
tm.flow(records_db, club_api, profiles, attendance)

tm.flow(youth_worker, staff_phone, audio)
tm.flow(staff_phone, club_api, audio, protocol="https", controls={tls})
tm.flow(club_api, notes_service, audio)
tm.flow(notes_service, stt, audio, protocol="https", controls={tls})
tm.flow(stt, notes_service, transcript, protocol="https", controls={tls})
tm.flow(records_db, notes_service, profiles, label="names for matching")
tm.flow(notes_service, llm, note_prompt, protocol="https", controls={tls})
tm.flow(llm, notes_service, session_record, flag, protocol="https", controls={tls})
tm.flow(notes_service, records_db, session_record)
tm.flow(notes_service, concern_log, concern)
tm.flow(notes_service, mailer, alert_mail, protocol="https", controls={tls})
tm.flow(mailer, dsl, alert_mail, protocol="smtp")

tm.flow(dsl, club_api, lead_decision, protocol="https", controls={tls})
tm.flow(club_api, dsl, concern, protocol="https", controls={tls})
tm.flow(club_api, concern_log, lead_decision)
tm.flow(concern_log, club_api, concern, lead_decision)

tm.flow(records_db, summary_job, attendance, session_record)
tm.flow(summary_job, llm, summary_prompt, protocol="https", controls={tls})
tm.flow(llm, summary_job, draft_summary, protocol="https", controls={tls})
tm.flow(summary_job, manager, draft_summary, protocol="https", controls={tls})
tm.flow(manager, summary_job, approval, protocol="https", controls={tls})
tm.flow(summary_job, mailer, summary_mail, protocol="https", controls={tls})
tm.flow(mailer, parent, summary_mail, protocol="smtp")
