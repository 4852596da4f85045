"""Cathedral choir school: boarding-house medication round assistant (first design).

A cathedral choir school boards about forty choristers aged 7 to 13. Twice a day
the boarding matron runs the medication round from a school-owned tablet. An LLM
assistant, hosted in the school's cloud tenant, builds the round list from each
boarder's medication plan in the health centre's pupil health record, the
parental consents synced from the school MIS and the dose history in the
medication administration record (MAR), and answers the matron's questions
("can Oliver have paracetamol yet?") using a licensed paediatric drug reference.
The assistant records each dose in the MAR once the matron confirms it on the
tablet, and texts or e-mails parents routine "dose given" notes through the
school's messaging provider. The model is a vendor-hosted LLM reached over HTTPS.
Staff sign in with their school Microsoft 365 accounts (MFA); the health record
is encrypted and role-restricted to nurse and matrons; the MAR keeps an audit log.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Cathedral choir school medication round assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM assistant that plans boarding-house medication rounds for child "
        "choristers, records doses and notifies parents."
    ),
)

# ---------------------------------------------------------------- data assets
consents = tg.Data(
    "Parental medication consents and medicine notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Consent to give household remedies, plus parents' notes on new prescriptions.",
)
roster = tg.Data("Boarder roster", kind="records", sensitivity=tg.Sensitivity.PII)
med_plans = tg.Data(
    "Medication plans, allergies and conditions",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
round_question = tg.Data(
    "Matron's round question and dose confirmation",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
)
round_answer = tg.Data(
    "Round list and assistant answer", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
llm_prompt = tg.Data(
    "Prompt with boarder health context",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the question, the boarder's plan, consents and recent doses.",
)
llm_completion = tg.Data(
    "LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
dosage_guidance = tg.Data(
    "Paediatric dosage guidance", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
dose_entry = tg.Data("Dose entry", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED)
dose_history = tg.Data(
    "Medication administration record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
parent_note = tg.Data("Dose-given note to parent", kind="tool-call", sensitivity=tg.Sensitivity.PII)
parent_message = tg.Data("Parent SMS or e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data(
    "Assistant conversation log", kind="logs", sensitivity=tg.Sensitivity.REGULATED
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents fill in consent forms and send medicine notes through the MIS parent portal.
    parent = tm.add(tg.Actor("Parent", role="parent of a boarder"))

with tm.boundary("MIS vendor", trust=tg.Trust.PARTNER):
    # The school's management information system: roster, parent portal and consent forms.
    mis = tm.add(
        tg.ExternalService(
            "School MIS and parent portal",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="SaaS MIS; its API is polled for the roster and consents.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model that reads the plans and drafts the round list and answers.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model, UK region, under the vendor's DPA.",
            controls={c.SupplierAssessment(note="DPA signed, no training on school data")},
        )
    )

with tm.boundary("Drug reference publisher", trust=tg.Trust.PARTNER):
    # Licensed children's formulary, so the assistant quotes doses rather than recalls them.
    drug_ref = tm.add(
        tg.DataSource(
            "Paediatric drug reference",
            origin=tg.Origin.VENDOR,
            provides={dosage_guidance},
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Bulk SMS and e-mail service the school already uses for parent communications.
    gateway = tm.add(tg.ExternalService("SMS and e-mail gateway"))

with tm.boundary("Boarding house", trust=tg.Trust.INTERNAL):
    # The person giving the medicines on each round.
    matron = tm.add(tg.Actor("Boarding matron", role="boarding house staff"))
    # School-owned tablets kept in each house's medicine room.
    tablet = tm.add(
        tg.Device("Medication round tablet", fleet=True, description="One per boarding house.")
    )

with tm.boundary("Health centre", trust=tg.Trust.INTERNAL):
    # The school nurse writes and reviews the medication plans and reads the MAR.
    nurse = tm.add(tg.Actor("School nurse", role="nurse"))

with tm.boundary("School cloud tenant", trust=tg.Trust.INTERNAL):
    # The API the tablets call; staff sign in with their school accounts.
    round_api = tm.add(
        tg.Endpoint(
            "Medication round API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft 365 staff sign-in with MFA")},
        )
    )
    # Plans the round, answers questions, records doses and notifies parents.
    assistant = tm.add(
        tg.Agent(
            "Medication round assistant",
            autonomy=tg.Autonomy.SUPERVISED,
            description="LLM agent with a MAR recording tool and a parent message tool.",
        )
    )
    # Writes an administered dose into the MAR after the matron confirms it.
    mar_tool = tm.add(
        tg.Tool(
            "MAR recording tool",
            capabilities={"read", "write"},
            controls={
                c.HumanInTheLoop(
                    approver="the matron taps confirm on the tablet after giving the dose"
                )
            },
        )
    )
    # Sends the routine note to parents once a dose is recorded.
    message_tool = tm.add(tg.Tool("Parent message tool", capabilities={"send-messages"}))
    # Keeps what the assistant was asked and answered, for the nurse to check later.
    convo_log = tm.add(tg.DataStore("Assistant conversation log", stores={transcripts}))

    with tm.boundary("Health data", trust=tg.Trust.RESTRICTED):
        # The health centre's record of each boarder's plans, allergies and conditions.
        health_record = tm.add(
            tg.DataStore(
                "Pupil health record",
                stores={med_plans},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(note="nurse and matrons only"),
                },
            )
        )
        # Every dose given, by whom and when: the legal record of administration.
        mar = tm.add(
            tg.DataStore(
                "Medication administration record store",
                stores={dose_history},
                controls={c.AuditLogging()},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(parent, mis, consents, protocol="https", label="consent form and medicine note")
tm.flow(mis, assistant, roster, consents, protocol="https", label="nightly sync")

tm.flow(nurse, health_record, med_plans, protocol="https", label="writes plans")
tm.flow(health_record, nurse, med_plans, protocol="https")
tm.flow(mar, nurse, dose_history, protocol="https", label="weekly MAR review")

tm.flow(matron, tablet, round_question)
tm.flow(tablet, matron, round_answer)
tm.flow(
    tablet,
    round_api,
    round_question,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2+")},
)
tm.flow(
    round_api,
    tablet,
    round_answer,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2+")},
)
tm.flow(round_api, assistant, round_question)
tm.flow(assistant, round_api, round_answer)

tm.flow(assistant, health_record, round_question, label="boarder lookup")
tm.flow(health_record, assistant, med_plans)
tm.flow(mar, assistant, dose_history, label="recent doses")
tm.flow(drug_ref, assistant, dosage_guidance, protocol="https")
tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, llm_completion, protocol="https")

tm.flow(assistant, mar_tool, dose_entry)
tm.flow(mar_tool, mar, dose_history, label="dose recorded")
tm.flow(assistant, message_tool, parent_note)
tm.flow(message_tool, gateway, parent_message, protocol="https")
tm.flow(gateway, parent, parent_message, protocol="sms")

tm.flow(assistant, convo_log, transcripts)
tm.flow(convo_log, nurse, transcripts, protocol="https")
