"""Tinnitus chat coach: the first design, before any security review.

An audiology clinic in the US gives its tinnitus patients a chat coach inside the
clinic's mobile app, for the weeks between appointments. Patients sign in to the
app with e-mail and password. A coach agent in the clinic's cloud account drives a
hosted LLM (under a BAA with the vendor) through a cognitive-behavioural programme
that the clinic's audiologists wrote, keeps each patient's conversation history,
and through two tools records the symptom scores patients report in a diary and
raises an alert to the audiologist when a patient mentions suicidal thoughts or
sudden hearing loss. Audiologists read diaries, conversation summaries and alerts
in the clinic system, which signs them in through the clinic's SSO and shows
records by role. The chat API is rate limited, traffic to the app, the LLM vendor
and the clinic system is HTTPS, and the diary and conversation stores are
encrypted at rest. HIPAA applies.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Tinnitus clinic chat coach",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="LLM chat coach following the clinic's CBT programme for tinnitus patients, "
    "with a symptom diary and risk alerts to audiologists.",
)

# ---------------------------------------------------------------- data assets
credentials = tg.Data(
    "Patient sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
message = tg.Data("Patient chat message", sensitivity=tg.Sensitivity.REGULATED, kind="prompt")
reply = tg.Data("Coach reply", sensitivity=tg.Sensitivity.REGULATED, kind="model-output")
programme = tg.Data(
    "CBT programme and coach instructions",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Sessions, exercises and the system prompt the audiologists wrote.",
)
prompt = tg.Data(
    "Coach prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Programme instructions, recent conversation, diary scores and the new message.",
)
completion = tg.Data(
    "LLM completion",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
    description="The coach's next reply and any tool calls it asks for.",
)
history = tg.Data(
    "Conversation history and summaries",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
diary_call = tg.Data("Diary entry call", sensitivity=tg.Sensitivity.REGULATED, kind="tool-call")
scores = tg.Data(
    "Symptom diary scores",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Daily tinnitus loudness, distress and sleep scores.",
)
alert_call = tg.Data("Risk alert call", sensitivity=tg.Sensitivity.REGULATED, kind="tool-call")
alert = tg.Data(
    "Risk alert",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Suicidal thoughts or sudden hearing loss reported in the chat, with the excerpt.",
)
tool_result = tg.Data("Tool result", sensitivity=tg.Sensitivity.REGULATED, kind="tool-result")
account = tg.Data("Patient account", sensitivity=tg.Sensitivity.REGULATED, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The clinic's tinnitus patients, using the coach between appointments.
    patient = tm.add(tg.Actor("Patient", role="patient"))
    # The clinic's app on the patient's own phone; the chat screen lives here.
    app = tm.add(tg.Device("Patient mobile app", description="iOS and Android app of the clinic."))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that writes the coach's replies; the clinic has a BAA with the vendor.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
            controls={c.SupplierAssessment(note="BAA signed; vendor keeps no prompts")},
        )
    )

with tm.boundary("Clinic cloud account", trust=tg.Trust.INTERNAL):
    # The app's only way in: signs patients in and passes chat turns to the coach.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Patient accounts and password hashes for the app sign-in.
    accounts = tm.add(tg.DataStore("Patient account store", stores={credentials, account}))
    # Runs the programme: builds each prompt, calls the LLM and carries out its tool calls.
    coach = tm.add(
        tg.Agent(
            "Coach agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            memory=True,
            description="Follows the CBT programme turn by turn; records scores and raises "
            "alerts without waiting for anyone.",
            controls={c.AuditLogging(retention_days=2190)},
        )
    )
    # The programme content the audiologists maintain, read at every turn.
    programme_store = tm.add(tg.DataStore("Programme store", stores={programme}))
    # Past conversations and their summaries, the coach's memory of each patient.
    conversations = tm.add(
        tg.DataStore(
            "Conversation store",
            stores={history},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Tool the coach calls to write the scores a patient reports into the diary.
    diary_tool = tm.add(tg.Tool("Diary tool", capabilities={"read", "write"}))
    # The symptom diary audiologists review.
    diary_db = tm.add(
        tg.DataStore(
            "Symptom diary database",
            stores={scores},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Tool the coach calls to alert the patient's audiologist about a risk.
    alert_tool = tm.add(tg.Tool("Alert tool", capabilities={"send-messages"}))

with tm.boundary("Clinic network", trust=tg.Trust.INTERNAL):
    # The clinic's practice system: where audiologists see diaries, summaries and alerts,
    # and edit the programme.
    clinic_system = tm.add(
        tg.Service(
            "Clinic system",
            controls={c.Authentication(method="clinic SSO"), c.RBAC()},
        )
    )
    # Writes the programme and follows up on diaries and alerts.
    audiologist = tm.add(tg.Actor("Audiologist", role="clinician"))

# ---------------------------------------------------------------- flows
tm.flow(patient, app, message)
tm.flow(app, patient, reply)
tm.flow(app, chat_api, credentials, protocol="https", label="sign-in")
tm.flow(chat_api, accounts, credentials, label="password check")
tm.flow(accounts, chat_api, account)
tm.flow(app, chat_api, message, protocol="https")
tm.flow(chat_api, app, reply, protocol="https")
tm.flow(chat_api, coach, message)
tm.flow(coach, chat_api, reply)

tm.flow(programme_store, coach, programme)
tm.flow(conversations, coach, history, label="recent conversation")
tm.flow(coach, conversations, history, label="transcript and summary")
tm.flow(coach, llm, prompt, protocol="https")
tm.flow(llm, coach, completion, protocol="https")

tm.flow(coach, diary_tool, diary_call)
tm.flow(diary_tool, diary_db, scores)
tm.flow(diary_db, diary_tool, scores)
tm.flow(diary_tool, coach, tool_result, scores)
tm.flow(coach, alert_tool, alert_call)
tm.flow(alert_tool, coach, tool_result)
tm.flow(alert_tool, clinic_system, alert, protocol="https")

tm.flow(diary_db, clinic_system, scores, protocol="https")
tm.flow(conversations, clinic_system, history, protocol="https", label="summaries")
tm.flow(clinic_system, audiologist, scores, history, alert)
tm.flow(audiologist, clinic_system, programme, label="edits the programme")
tm.flow(clinic_system, programme_store, programme, protocol="https")
