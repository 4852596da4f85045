"""Audiology clinic remote hearing-aid fitting agent: the first design.

Patients fitted at the clinic install the clinic's companion app on their phone,
which is paired over Bluetooth with their hearing aids. From home they answer
short questionnaires about listening situations ("restaurant too loud", "TV
voices dull") and the app uploads them with the aids' usage logs to the clinic's
feedback API in its cloud tenancy. A fitting agent reads the feedback, looks up
the patient's audiogram and current fitting in the clinic's records, asks a
hosted LLM for reasoning and files a proposed fitting change in a review queue.
The patient's audiologist reviews each proposal in a console signed in with
clinic SSO and MFA; an approved change is sent to the hearing-aid manufacturer's
fitting cloud, which pushes it through the app to the aids. The aids' firmware
caps output at the maximum power output set at the in-clinic fitting. Records
are encrypted at rest and the console keeps an audit trail of approvals.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Audiology remote hearing-aid fitting agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM agent proposes hearing-aid fitting changes from patient feedback; "
    "audiologists approve them before the manufacturer's cloud pushes them to the aids.",
)

# ---------------------------------------------------------------- data assets
feedback = tg.Data(
    "Listening feedback questionnaire",
    kind="feedback",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Ratings and free-text comments on listening situations; health data.",
)
usage_logs = tg.Data(
    "Hearing aid usage logs",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Wear time, programme switches, volume changes and sound environments.",
)
clinic_messages = tg.Data("Clinic messages to patient", sensitivity=tg.Sensitivity.PII)
audiogram = tg.Data(
    "Audiogram and hearing history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
current_fitting = tg.Data(
    "Current fitting settings",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Gain per frequency band, compression, MPO and programmes per ear.",
)
agent_prompt = tg.Data("Fitting agent prompt", kind="prompt", sensitivity=tg.Sensitivity.REGULATED)
llm_reply = tg.Data(
    "LLM fitting reasoning", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
lookup_call = tg.Data("Patient record lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
proposal = tg.Data(
    "Proposed fitting change",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Suggested gain and compression adjustments with the agent's rationale.",
)
approved_change = tg.Data(
    "Approved fitting change",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
review_decision = tg.Data("Audiologist review decision", kind="records")
push_status = tg.Data("Fitting push status", kind="records", sensitivity=tg.Sensitivity.PII)
settings_update = tg.Data(
    "Hearing aid settings update",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
agent_log = tg.Data("Agent run log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Patient's home", trust=tg.Trust.UNTRUSTED):
    # The hearing-aid wearer who reports how the aids sound in daily life.
    patient = tm.add(tg.Actor("Patient", role="hearing-aid wearer"))
    # The clinic's companion app on the patient's own smartphone, paired with the aids.
    phone_app = tm.add(
        tg.Device(
            "Patient phone app",
            description="Clinic companion app on the patient's smartphone; paired with the aids.",
            controls={c.Authentication(method="e-mail and password set at enrolment")},
        )
    )
    # The hearing aids themselves: they log usage and receive new settings.
    hearing_aids = tm.add(
        tg.Device(
            "Hearing aids",
            description="Receiver-in-canal aids; settings written over Bluetooth by the app.",
            controls={
                c.SafetyLimits(
                    limits="firmware caps output at the MPO programmed at the in-clinic fitting"
                )
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; zero data retention option on")},
        )
    )

with tm.boundary("Hearing aid manufacturer", trust=tg.Trust.PARTNER):
    # The manufacturer's fitting cloud: the only way to write settings to its aids remotely.
    fitting_cloud = tm.add(
        tg.ExternalService(
            "Manufacturer fitting cloud",
            description="Remote fine-tuning service; pushes settings to the aids via the app.",
        )
    )

with tm.boundary("Clinic cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives questionnaires and usage logs from the patients' apps.
    feedback_api = tm.add(
        tg.Endpoint(
            "Patient feedback API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation(note="questionnaire JSON schema and size limits")},
        )
    )
    # The LLM agent that turns feedback into a proposed fitting change.
    agent = tm.add(
        tg.Agent(
            "Fitting agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Reads feedback, audiogram and current fitting; drafts an adjustment.",
            controls={c.HumanInTheLoop(approver="the patient's audiologist")},
        )
    )
    # Read-only lookup of the patient's audiogram and current fitting.
    record_tool = tm.add(
        tg.Tool("Audiogram lookup tool", capabilities={"read"}, origin="first-party")
    )
    # Files the agent's proposal in the review queue; it cannot send anything to the aids.
    proposal_tool = tm.add(
        tg.Tool("Fitting proposal tool", capabilities={"write"}, origin="first-party")
    )
    # Proposals waiting for an audiologist.
    queue = tm.add(tg.DataStore("Fitting proposal queue", stores={proposal}))
    # Prompts, tool calls and outputs of each agent run, for troubleshooting.
    run_log = tm.add(tg.DataStore("Agent run log store", stores={agent_log}))
    # Where the audiologist reviews proposals and releases approved changes.
    console = tm.add(
        tg.Endpoint(
            "Audiologist review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="clinic Entra ID SSO with MFA"),
                c.AuditLogging(note="who approved, edited or rejected each proposal"),
            },
        )
    )

    with tm.boundary("Clinical records", trust=tg.Trust.RESTRICTED):
        # The clinic's audiology patient records (audiograms and fitting history).
        records = tm.add(
            tg.DataStore(
                "Audiology patient records",
                stores={audiogram, current_fitting, approved_change},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

with tm.boundary("Clinic premises", trust=tg.Trust.INTERNAL):
    # Registered audiologist responsible for the patient's fitting.
    audiologist = tm.add(tg.Actor("Audiologist", role="clinician", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(patient, phone_app, feedback, label="in-app questionnaire")
tm.flow(hearing_aids, phone_app, usage_logs, protocol="bluetooth le")
tm.flow(phone_app, feedback_api, feedback, usage_logs, protocol="https")
tm.flow(feedback_api, phone_app, clinic_messages, protocol="https")
tm.flow(phone_app, patient, clinic_messages, label="app notification")

tm.flow(feedback_api, agent, feedback, usage_logs)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")
tm.flow(agent, record_tool, lookup_call)
tm.flow(records, record_tool, audiogram, current_fitting)
tm.flow(record_tool, agent, audiogram, current_fitting)
tm.flow(agent, proposal_tool, proposal)
tm.flow(proposal_tool, queue, proposal)
tm.flow(agent, run_log, agent_log)

tm.flow(queue, console, proposal)
tm.flow(records, console, audiogram, current_fitting)
tm.flow(console, audiologist, proposal, audiogram, protocol="https")
tm.flow(audiologist, console, review_decision, protocol="https")
tm.flow(console, records, approved_change)
tm.flow(console, fitting_cloud, approved_change, protocol="https")
tm.flow(fitting_cloud, console, push_status, protocol="https")
tm.flow(console, feedback_api, clinic_messages, label="change approved notice")

tm.flow(fitting_cloud, phone_app, settings_update, protocol="https")
tm.flow(phone_app, hearing_aids, settings_update, protocol="bluetooth le")
