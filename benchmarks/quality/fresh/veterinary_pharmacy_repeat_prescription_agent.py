"""Veterinary pharmacy repeat-prescription agent: the first design, before any security review.

Pet owners of our online veterinary pharmacy ask for repeat supplies of their pets'
prescription medicines (POM-V) in a chat on our website, and can upload a photo of
a paper prescription. An LLM agent, running in our cloud on a vendor-hosted model,
reads the pet's record and past prescriptions, checks whether a valid prescription
with repeats left is on file, e-mails the pet's vet practice to ask for a new one when
it is not, reads the practices' replies from the prescriptions mailbox, and places a
draft order. No medicine ships until the duty pharmacist checks the order against the
prescription in the dispensing system, which then charges the owner's saved card
through our payment provider. Owners sign in with e-mail and password; the chat is
rate-limited; the agent's run is capped in steps; its order tool can only create
draft orders; the database is encrypted and dispensing is audit-logged for the five
years supply records must be kept. UK/EU customers, so GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Veterinary pharmacy repeat-prescription agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that handles repeat prescription requests for pet medicines, "
    "with a pharmacist checking every order before dispensing.",
)

# ---------------------------------------------------------------- data assets
owner_request = tg.Data(
    "Repeat request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The owner's chat message: pet, medicine, quantity, delivery address.",
)
uploaded_prescription = tg.Data(
    "Uploaded prescription photo", kind="media", sensitivity=tg.Sensitivity.PII
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation, the pet record and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
records_query = tg.Data("Record lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
pet_records = tg.Data(
    "Pet and prescription records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Owner details, pet, weight, prescribing vet, prescriptions and repeats left.",
)
records_result = tg.Data("Record lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
vet_request_call = tg.Data(
    "Vet authorisation request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
vet_email = tg.Data(
    "Authorisation request e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Asks the practice for a written prescription for the named pet.",
)
vet_prescription = tg.Data(
    "Vet practice reply",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="The practice's e-mail, usually with a signed prescription PDF attached, "
    "or a refusal.",
)
order_call = tg.Data("Draft order", kind="tool-call", sensitivity=tg.Sensitivity.PII)
order_record = tg.Data(
    "Dispensing order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
order_status = tg.Data("Order status", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
dispensing_decision = tg.Data(
    "Pharmacist dispensing decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Approve, query with the vet, or reject; with the pharmacist's initials.",
)
card_token = tg.Data(
    "Saved card token", kind="credentials", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
charge_request = tg.Data("Charge request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
charge_result = tg.Data("Charge result", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The customer: anyone can open an account and start a chat.
    owner = tm.add(tg.Actor("Pet owner", role="customer"))

with tm.boundary("Vet practices", trust=tg.Trust.PARTNER):
    # The pet's own vet, who alone can write or renew a POM-V prescription.
    vet = tm.add(tg.Actor("Prescribing vet", role="vet practice staff"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with tool calling, via the vendor's API.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Charges the owner's saved card; we never see card numbers.
    payments = tm.add(tg.ExternalService("Payment provider API"))

with tm.boundary("Pharmacy cloud", trust=tg.Trust.INTERNAL):
    # Where owners chat and upload prescription photos.
    chat = tm.add(
        tg.Endpoint(
            "Customer chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="upload type and size checks only"),
            },
        )
    )
    # The repeat-prescription agent itself.
    agent = tm.add(
        tg.Agent(
            "Repeat prescription agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Checks prescriptions on file, asks vets for new ones, drafts orders.",
            controls={
                c.CircuitBreaker(max_steps=25),
                c.SecretsManagement(note="LLM API key from the cloud secret store"),
            },
        )
    )
    # Read-only lookups of the owner's pets and their prescriptions.
    records_tool = tm.add(
        tg.Tool("Prescription records tool", capabilities={"read"}, origin="first-party")
    )
    # Sends the authorisation request e-mail to the pet's registered practice.
    vet_mail_tool = tm.add(
        tg.Tool("Vet e-mail tool", capabilities={"send-messages"}, origin="first-party")
    )
    # Where vet practices reply; the agent reads new mail for open requests.
    inbox = tm.add(
        tg.DataSource(
            "Prescriptions mailbox",
            origin=tg.Origin.PARTNER,
            provides={vet_prescription},
            description="prescriptions@ shared mailbox the practices answer to.",
        )
    )
    # Creates orders in the dispensing system, only in the 'awaiting check' state.
    order_tool = tm.add(
        tg.Tool(
            "Order placement tool",
            capabilities={"write"},
            origin="first-party",
            controls={c.LeastPrivilegeTools(note="can only create draft orders")},
        )
    )
    # Conversation history kept for customer service.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))

    with tm.boundary("Pharmacy data tier", trust=tg.Trust.RESTRICTED):
        # The system of record for customers, pets and prescriptions.
        records_db = tm.add(
            tg.DataStore(
                "Customer and prescription database",
                stores={pet_records, card_token},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Pharmacist check, dispensing label, stock and payment on approval.
        dispensing = tm.add(
            tg.Service(
                "Dispensing system",
                controls={
                    c.HumanInTheLoop(approver="duty pharmacist"),
                    c.Authentication(method="corporate SSO"),
                    c.AuditLogging(retention_days=1825),
                },
            )
        )

with tm.boundary("Pharmacy premises", trust=tg.Trust.INTERNAL):
    # Checks each order against the prescription before anything is dispensed.
    pharmacist = tm.add(tg.Actor("Duty pharmacist", role="pharmacist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(owner, chat, owner_request, uploaded_prescription, protocol="https")
tm.flow(chat, owner, agent_reply, protocol="https")
tm.flow(chat, agent, owner_request, uploaded_prescription)
tm.flow(agent, chat, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, records_tool, records_query)
tm.flow(records_tool, records_db, records_query)
tm.flow(records_db, records_tool, pet_records)
tm.flow(records_tool, agent, records_result)

tm.flow(agent, vet_mail_tool, vet_request_call)
tm.flow(vet_mail_tool, vet, vet_email, protocol="smtp+starttls")
tm.flow(vet, inbox, vet_prescription, protocol="smtp+starttls", label="practice replies")
tm.flow(inbox, agent, vet_prescription, label="new replies for open requests")

tm.flow(agent, order_tool, order_call)
tm.flow(order_tool, dispensing, order_record)
tm.flow(dispensing, order_tool, order_status)
tm.flow(order_tool, agent, order_status)

tm.flow(records_db, dispensing, pet_records, card_token, label="prescription on file")
tm.flow(dispensing, records_db, pet_records, label="repeats decremented")
tm.flow(dispensing, pharmacist, order_record, vet_prescription, label="orders to check")
tm.flow(pharmacist, dispensing, dispensing_decision)
tm.flow(dispensing, payments, charge_request, card_token, protocol="https")
tm.flow(payments, dispensing, charge_result, protocol="https")

tm.flow(agent, transcript_store, transcripts)
