"""Online pharmacy repeat-prescription agent: the first design, before any security review.

Patients of our online pharmacy ask for repeat prescriptions in a chat inside the
pharmacy app. A chat agent, driven by an LLM our model vendor hosts, looks the
patient up in the pharmacy management system (medication history, nominated GP,
previous repeats), and when a renewal is needed it emails the patient's GP
practice from the pharmacy's shared mailbox and reads the practice's reply when
it arrives. Once a prescription is authorised the agent puts an order in the
dispensing queue. A pharmacist clinically checks every queued order before it is
dispensed; the dispatch service then books the parcel with a courier.
Patients sign in to the app with e-mail and password plus an SMS code; all
traffic is TLS; the management system is encrypted at rest with role-based access
and an audit log; the LLM vendor was assessed and signed a data processing
agreement. Everything runs in our UK cloud account; UK GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Online pharmacy repeat-prescription agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Chat agent that handles patients' repeat-prescription requests, "
        "asks GP practices for renewals by e-mail and queues orders for pharmacist checking."
    ),
)

# ---------------------------------------------------------------- data assets
chat_request = tg.Data(
    "Repeat prescription chat message",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="What the patient types: which medicines they need, symptoms, delivery notes.",
)
agent_reply = tg.Data(
    "Agent reply to patient", sensitivity=tg.Sensitivity.REGULATED, kind="model-output"
)
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="System instructions, the conversation, the patient's record extract and GP replies.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.REGULATED, kind="model-output"
)
record_lookup = tg.Data("Patient record lookup", sensitivity=tg.Sensitivity.PII, kind="tool-call")
patient_record = tg.Data(
    "Patient medication record",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, date of birth, address, NHS number, nominated GP, medication history.",
)
renewal_request = tg.Data(
    "GP renewal request e-mail",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="documents",
    description="Drafted by the agent: patient details and the medicines to renew.",
)
gp_reply = tg.Data(
    "GP practice reply e-mail",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="documents",
    description="Free-text reply from practice staff, sometimes with an attached prescription.",
)
dispensing_order = tg.Data(
    "Dispensing order",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Patient, medicines, quantities, the GP authorisation reference, delivery address.",
)
check_outcome = tg.Data(
    "Pharmacist check outcome", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
shipment = tg.Data("Parcel booking", sensitivity=tg.Sensitivity.PII, kind="records")
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.REGULATED, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Registered pharmacy customers using the mobile app.
    patient = tm.add(tg.Actor("Patient", role="pharmacy customer"))

with tm.boundary("GP practices", trust=tg.Trust.PARTNER):
    # Practice reception and prescribing staff who answer renewal requests by e-mail.
    gp_practice = tm.add(tg.Actor("GP practice staff", role="prescriber's practice"))

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # The general-purpose LLM that plans the agent's steps, hosted by the vendor.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="DPA signed, no training on our data, UK/EU region")
            },
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # The pharmacy's hosted shared mailbox that sends and receives GP e-mails.
    mailbox = tm.add(
        tg.ExternalService(
            "Pharmacy shared mailbox",
            description="Hosted Microsoft 365 mailbox used for all GP correspondence.",
        )
    )

with tm.boundary("Courier", trust=tg.Trust.PARTNER):
    # Tracked delivery of dispensed medicines to the patient.
    courier = tm.add(tg.ExternalService("Courier booking API"))

with tm.boundary("Pharmacy cloud", trust=tg.Trust.INTERNAL):
    # The app's backend for the chat: signs patients in and relays their messages.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password with SMS code at every sign-in"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent that handles each repeat request end to end.
    agent = tm.add(
        tg.Agent(
            "Repeat prescription agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Looks up the patient, e-mails the GP when a renewal is needed, queues the order.",
        )
    )
    # Reads the signed-in patient's record from the management system.
    record_tool = tm.add(tg.Tool("Patient record lookup tool", capabilities={"read"}))
    # Sends renewal requests to the GP practice and reads replies from the shared mailbox.
    email_tool = tm.add(tg.Tool("GP e-mail tool", capabilities={"read", "send-messages"}))
    # Writes an order into the dispensing queue; nothing is dispensed until a pharmacist checks it.
    queue_tool = tm.add(
        tg.Tool(
            "Dispensing queue tool",
            capabilities={"write"},
            controls={c.HumanInTheLoop(approver="pharmacist clinical check of every order")},
        )
    )
    # Keeps every conversation for complaints and regulator queries.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

    with tm.boundary("Pharmacy systems", trust=tg.Trust.RESTRICTED):
        # System of record for patients, prescriptions and dispensing.
        pms = tm.add(
            tg.DataStore(
                "Pharmacy management system",
                stores={patient_record},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )
        # Orders waiting for the pharmacist's clinical and accuracy check.
        queue = tm.add(tg.DataStore("Dispensing queue", stores={dispensing_order}))
        # Prints labels and books the courier for orders the pharmacist has released.
        dispatch = tm.add(tg.Service("Dispatch service"))

with tm.boundary("Dispensary", trust=tg.Trust.INTERNAL):
    # Registered pharmacist who checks each order before it is dispensed and posted.
    pharmacist = tm.add(tg.Actor("Pharmacist", role="registered pharmacist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(patient, chat_api, chat_request, protocol="https")
tm.flow(chat_api, patient, agent_reply, protocol="https")
tm.flow(chat_api, agent, chat_request)
tm.flow(agent, chat_api, agent_reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, record_tool, record_lookup)
tm.flow(record_tool, pms, record_lookup, protocol="https")
tm.flow(pms, record_tool, patient_record, protocol="https")
tm.flow(record_tool, agent, patient_record)

tm.flow(agent, email_tool, renewal_request, label="send renewal request")
tm.flow(email_tool, agent, gp_reply, label="replies read from the mailbox")
tm.flow(email_tool, mailbox, renewal_request, protocol="https", label="mail API")
tm.flow(mailbox, email_tool, gp_reply, protocol="https", label="mail API")
tm.flow(mailbox, gp_practice, renewal_request, protocol="smtp+starttls")
tm.flow(gp_practice, mailbox, gp_reply, protocol="smtp+starttls")

tm.flow(agent, queue_tool, dispensing_order)
tm.flow(queue_tool, queue, dispensing_order, protocol="https")
tm.flow(queue, pharmacist, dispensing_order, protocol="https", label="checking worklist")
tm.flow(pharmacist, queue, check_outcome, protocol="https", label="release or reject")
tm.flow(pharmacist, pms, patient_record, protocol="https", label="records the dispensed item")
tm.flow(queue, dispatch, dispensing_order, label="released orders")
tm.flow(dispatch, courier, shipment, protocol="https")
