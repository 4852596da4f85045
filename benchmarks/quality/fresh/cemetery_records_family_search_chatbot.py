"""Cemetery records family search chatbot: the first design, before any security review.

The council's bereavement and cemeteries service puts a chatbot on its public website
so that families can find where a relative is buried, ask about burial records, fees
and rules, and book an appointment with cemetery staff. No sign-in is needed. A chat
API in the council's cloud tenancy hands each conversation to an assistant agent that
calls a hosted LLM. The agent retrieves from a vector index built from the OCR of the
scanned burial registers (grave location, date of burial, and in many entries cause of
death and next-of-kin name and address) and from the published fees pages, and it
books, moves or cancels appointments through the booking system's API. Staff manage
bookings and the register scans from the council office. Controls in this design:
per-IP rate limiting on the chat API, the LLM vendor's content filter, a vaulted
booking API key, encrypted register storage, staff sign-in through council SSO and a
90-day limit on chat transcripts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cemetery records family search chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Public chatbot over burial registers and fees that books appointments with staff.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Family question", kind="prompt", sensitivity=tg.Sensitivity.PII)
answer = tg.Data("Chatbot answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Prompt with register extracts",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and the retrieved register entries.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
register_scans = tg.Data(
    "Scanned burial registers",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Page images and OCR text back to 1850; recent entries name next of kin.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
register_chunks = tg.Data(
    "Register entry chunks and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PII,
    description="One chunk per register entry: deceased, grave, date, cause of death, next of kin.",
)
fees_pages = tg.Data(
    "Fees and cemetery rules pages", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
embed_text = tg.Data("Text to embed", kind="records", sensitivity=tg.Sensitivity.PII)
embeddings = tg.Data("Embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data(
    "Booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Create, move or cancel an appointment: name, phone, e-mail, grave reference.",
)
booking_result = tg.Data("Booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
appointments = tg.Data(
    "Appointments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the council website: families, genealogists, anyone else.
    family = tm.add(tg.Actor("Website visitor", role="member of the public"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model the agent calls for every turn.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )
    # The same vendor's embedding endpoint, used for indexing and for queries.
    embedder = tm.add(
        tg.Model(
            "Hosted embedding model", task=tg.Task.EMBEDDING, origin=tg.ModelOrigin.THIRD_PARTY_API
        )
    )

with tm.boundary("Booking vendor", trust=tg.Trust.PARTNER):
    # The SaaS appointment system the cemeteries office already uses.
    booking_system = tm.add(
        tg.ExternalService("Appointment booking system", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public entry point embedded in the council website.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30, note="per IP at the API gateway")},
        )
    )
    # The assistant: decides whether to search the registers, answer, or book.
    assistant = tm.add(
        tg.Agent(
            "Family search assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books the slot the visitor agrees to in chat; staff are not asked first.",
        )
    )
    # Tool the agent calls to create, move or cancel appointments.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write", "delete"},
            controls={c.SecretsManagement(note="booking API key in the council key vault")},
        )
    )
    # Conversation history kept for service improvement and complaints.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.RetentionLimits(days=90)},
        )
    )

    with tm.boundary("Records tier", trust=tg.Trust.RESTRICTED):
        # Searchable index of every register entry and the fees pages.
        index = tm.add(
            tg.VectorStore("Burial register index", stores={register_chunks, fees_pages})
        )
        # Blob storage holding the scans and their OCR text.
        archive = tm.add(
            tg.DataStore(
                "Register scan archive",
                stores={register_scans},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )
        # Nightly job: OCR new scans, chunk per entry, embed, upsert into the index.
        indexer = tm.add(
            tg.Pipeline(
                "Register indexing pipeline",
                stage=tg.Stage.INGESTION,
                description="OCR, one chunk per register entry, embeddings from the vendor.",
            )
        )

with tm.boundary("Council public website", trust=tg.Trust.INTERNAL):
    # The published fees and rules pages, crawled into the index.
    fees_site = tm.add(
        tg.DataSource("Fees and rules web pages", origin=tg.Origin.INTERNAL, provides={fees_pages})
    )

with tm.boundary("Council office network", trust=tg.Trust.INTERNAL):
    # Bereavement services staff: take the appointments and upload new scans.
    staff = tm.add(
        tg.Actor(
            "Cemetery staff",
            role="bereavement services officer",
            controls={c.Authentication(method="council SSO with MFA")},
        )
    )

# ---------------------------------------------------------------- flows
# Conversation
tm.flow(family, chat_api, question, protocol="https")
tm.flow(chat_api, assistant, question)
tm.flow(assistant, chat_api, answer)
tm.flow(chat_api, family, answer, protocol="https")

# Retrieval and generation
tm.flow(assistant, embedder, embed_text, protocol="https", label="query embedding")
tm.flow(embedder, assistant, embeddings, protocol="https")
tm.flow(assistant, index, embeddings, label="similarity query")
tm.flow(index, assistant, register_chunks, fees_pages, label="retrieved entries")
tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, transcript_store, transcripts)

# Booking
tm.flow(assistant, booking_tool, booking_call)
tm.flow(booking_tool, booking_system, booking_call, protocol="https")
tm.flow(booking_system, booking_tool, booking_result, protocol="https")
tm.flow(booking_tool, assistant, booking_result)
tm.flow(staff, booking_system, appointments, protocol="https", label="manages appointments")
tm.flow(booking_system, staff, appointments, protocol="https")

# Indexing
tm.flow(staff, archive, register_scans, protocol="https", label="uploads new scans")
tm.flow(archive, indexer, register_scans)
tm.flow(fees_site, indexer, fees_pages, protocol="https", label="nightly crawl")
tm.flow(indexer, embedder, embed_text, protocol="https")
tm.flow(embedder, indexer, embeddings, protocol="https")
tm.flow(indexer, index, register_chunks, fees_pages)
