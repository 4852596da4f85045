"""Online pharmacy prescription question chatbot: the first design, before any security review.

Patients of an online pharmacy, regulated by the national pharmacy council, ask a chat
assistant in their signed-in account about their orders and their medicines. An LLM
agent in our cloud answers from licensed medicine information (indexed from a drug
information vendor's feed) and looks up order status through a read-only order lookup
tool over the order management system. Clinical questions (dosing, interactions, side
effects for this patient) are not answered by the bot: a handoff tool puts them on a
pharmacist queue, and a pharmacist replies from the dispensary console into the
patient's message thread. The bot never changes orders or prescriptions. The LLM is a
vendor-hosted API. Controls: patients sign in with their account e-mail and password,
the chat API is rate limited, the agent's steps are capped, the lookup tool runs with a
read-only role scoped to the patient's account, pharmacists sign in by staff SSO with
MFA and the console keeps an audit trail, and patient data stores are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Online pharmacy prescription question chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Patient chat about orders and medicines; clinical questions go to a pharmacist.",
)

# ---------------------------------------------------------------- data assets
patient_message = tg.Data(
    "Patient message",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free text about orders, medicines and symptoms: health data.",
)
bot_reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
llm_prompt = tg.Data(
    "Prompt with order details and medicine extracts",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, conversation so far, tool results and retrieved leaflet text.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
order_query = tg.Data("Order status query", kind="tool-call", sensitivity=tg.Sensitivity.PII)
order_status = tg.Data(
    "Order status",
    kind="tool-result",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Order state, dispatch tracking, items and medicine names.",
)
orders = tg.Data(
    "Orders and prescriptions",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
handoff = tg.Data(
    "Clinical question handoff",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The patient's question, a summary of the chat and the patient's account id.",
)
pharmacist_reply = tg.Data("Pharmacist reply", kind="records", sensitivity=tg.Sensitivity.REGULATED)
leaflets = tg.Data(
    "Licensed medicine information",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Patient leaflets and monographs licensed from the drug information vendor.",
)
leaflet_chunks = tg.Data(
    "Medicine information chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Patients use the chat panel in their pharmacy account on the website or app.
    patient = tm.add(tg.Actor("Patient", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model that writes the answers and picks the tools.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Drug information vendor", trust=tg.Trust.PARTNER):
    # Licensed, regularly updated medicine information the bot answers from.
    drug_feed = tm.add(
        tg.DataSource("Drug information feed", origin=tg.Origin.VENDOR, provides={leaflets})
    )

with tm.boundary("Pharmacy cloud", trust=tg.Trust.INTERNAL):
    # Public chat API behind the patient's signed-in session.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="pharmacy account e-mail and password"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The assistant: answers, looks up orders, hands clinical questions over.
    assistant = tm.add(
        tg.Agent(
            "Pharmacy chat assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="System prompt tells it never to give clinical advice itself.",
            controls={c.CircuitBreaker(max_steps=6)},
        )
    )
    # Read-only lookup of the signed-in patient's orders.
    order_tool = tm.add(
        tg.Tool(
            "Order lookup tool",
            capabilities={"read"},
            controls={
                c.LeastPrivilegeTools(
                    note="read-only API role; account id taken from the session, not the model"
                )
            },
        )
    )
    # Puts clinical questions on the pharmacist queue.
    handoff_tool = tm.add(tg.Tool("Pharmacist handoff tool", capabilities={"write"}))
    # Clinical questions waiting for a pharmacist.
    queue = tm.add(tg.DataStore("Pharmacist question queue", stores={handoff}))
    # Vector index of licensed medicine information.
    med_index = tm.add(tg.VectorStore("Medicine information index", stores={leaflet_chunks}))
    # Chunks and embeds each new release of the vendor feed.
    indexer = tm.add(tg.Pipeline("Medicine information indexing", stage=tg.Stage.INGESTION))
    # Full chat history kept as a record of what patients were told.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Pharmacy systems", trust=tg.Trust.INTERNAL):
    # Existing order management system; its order API is what the lookup tool calls.
    oms = tm.add(tg.Service("Order management system"))
    # System of record for orders and prescriptions.
    orders_db = tm.add(
        tg.DataStore(
            "Orders and prescriptions database",
            stores={orders},
            controls={c.EncryptionAtRest(key_management="database TDE"), c.RBAC()},
        )
    )
    # Where pharmacists read handed-off questions and reply to patients.
    console = tm.add(
        tg.Service(
            "Pharmacist console",
            controls={
                c.Authentication(method="staff SSO with MFA"),
                c.AuditLogging(
                    note="every reply recorded with the pharmacist's registration number"
                ),
            },
        )
    )

with tm.boundary("Dispensary network", trust=tg.Trust.INTERNAL):
    # Registered pharmacist who answers clinical questions.
    pharmacist = tm.add(tg.Actor("Pharmacist", role="registered pharmacist"))

# ---------------------------------------------------------------- flows
# patient chat
tm.flow(patient, chat_api, patient_message, protocol="https")
tm.flow(chat_api, patient, bot_reply, pharmacist_reply, protocol="https")
tm.flow(chat_api, assistant, patient_message)
tm.flow(assistant, chat_api, bot_reply)
tm.flow(assistant, transcript_store, transcripts)

# answering
tm.flow(assistant, med_index, patient_message, label="similarity query")
tm.flow(med_index, assistant, leaflet_chunks, label="retrieved context")
tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")

# order status
tm.flow(assistant, order_tool, order_query)
tm.flow(order_tool, oms, order_query, protocol="https")
tm.flow(orders_db, oms, orders)
tm.flow(oms, order_tool, order_status, protocol="https")
tm.flow(order_tool, assistant, order_status)

# clinical questions to a pharmacist
tm.flow(assistant, handoff_tool, handoff)
tm.flow(handoff_tool, queue, handoff)
tm.flow(queue, console, handoff)
tm.flow(console, pharmacist, handoff, protocol="https")
tm.flow(orders_db, console, orders, label="patient's orders and prescriptions")
tm.flow(pharmacist, console, pharmacist_reply, protocol="https")
tm.flow(console, chat_api, pharmacist_reply, protocol="https", label="posted to patient thread")

# medicine information
tm.flow(drug_feed, indexer, leaflets, protocol="sftp", label="monthly release")
tm.flow(indexer, med_index, leaflet_chunks)
