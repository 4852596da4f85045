"""Airport lost property matching agent: the first design, before any security review.

Passengers who lose something at the airport or on a flight fill in a lost item
report on the airport's public lost property portal: a description, photos, the
flight and where they think they lost it, and their contact and delivery details.
Lost property staff log every found item from the office's staff console, with
photos and the place it was found; a nightly job embeds found items with an
in-house open-weights image and text embedding model into a vector index.
An LLM agent (a vendor-hosted multimodal model) searches the index for candidates,
compares them with the report, e-mails the passenger questions about details only
the owner would know, and proposes a match. A lost property officer confirms
ownership in the console before the agent books a courier return through the
courier's API; the courier's own checkout collects the shipping fee.
Runs in the airport's cloud tenant; staff sign in with airport SSO and MFA,
passengers reach their case page through an e-mailed link. EU airport: GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airport lost property matching agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Matches passengers' lost item reports with items found by staff and "
    "arranges courier return once ownership is confirmed.",
)

# ---------------------------------------------------------------- data assets
lost_report = tg.Data(
    "Lost item report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Item description, flight, place lost, passenger name, e-mail, phone.",
)
report_photos = tg.Data("Passenger item photos", kind="media", sensitivity=tg.Sensitivity.PII)
ownership_answers = tg.Data(
    "Passenger ownership answers",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text answers to the agent's questions, typed on the case page.",
)
found_item = tg.Data(
    "Found item record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Description, where and when found, storage shelf, and hidden "
    "identifying details (contents, names on labels) kept back for ownership checks.",
)
found_photos = tg.Data(
    "Found item photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of items, which often show names, ID cards or boarding passes.",
)
item_embeddings = tg.Data(
    "Found item embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
query_embedding = tg.Data("Report query embedding", kind="embeddings")
candidates = tg.Data(
    "Candidate found items", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
search_call = tg.Data("Item search call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Matching prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the report, passenger photos, candidate items and answers.",
)
llm_output = tg.Data(
    "Match reasoning and drafts", kind="model-output", sensitivity=tg.Sensitivity.PII
)
message_call = tg.Data(
    "Outbound passenger message", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
passenger_email = tg.Data("Passenger e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
send_result = tg.Data("Message send result", kind="tool-result")
proposed_match = tg.Data("Proposed match", kind="records", sensitivity=tg.Sensitivity.PII)
ownership_approval = tg.Data(
    "Ownership approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
case_status = tg.Data("Case status", kind="records", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data(
    "Courier booking call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Found item id, passenger name, delivery address and phone.",
)
shipment_request = tg.Data("Shipment request", kind="records", sensitivity=tg.Sensitivity.PII)
shipment_confirmation = tg.Data(
    "Shipment confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tracking number, collection slot and payment link for the passenger.",
)
booking_result = tg.Data("Courier booking result", kind="tool-result")
courier_api_key = tg.Data("Courier API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who lost something, and anyone pretending to have lost it.
    passenger = tm.add(tg.Actor("Passenger", role="passenger"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers the agent's messages.
    email_provider = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Courier", trust=tg.Trust.PARTNER):
    # Contracted courier; its API books collections from the lost property office.
    courier = tm.add(tg.ExternalService("Courier booking API"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that compares descriptions and photos; called over its API.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision-language model behind the vendor's API.",
        )
    )

with tm.boundary("Airport cloud tenant", trust=tg.Trust.INTERNAL):
    # Public web portal where passengers file reports and answer questions on their case.
    portal = tm.add(
        tg.Endpoint(
            "Lost property portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="JPEG/PNG only, 10 MB per photo, form schema checked"),
                c.Authentication(method="magic link e-mailed to the address on the report"),
            },
        )
    )
    # The matching agent: searches, compares, asks questions, proposes, books returns.
    agent = tm.add(
        tg.Agent(
            "Lost property matching agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="lost property officer"),
                c.CircuitBreaker(max_steps=25),
            },
        )
    )
    # Read-only tool: embeds the report and returns the nearest found items.
    search_tool = tm.add(tg.Tool("Found item search tool", capabilities={"read"}))
    # Sends the agent's questions and updates to the passenger by e-mail.
    message_tool = tm.add(tg.Tool("Passenger messaging tool", capabilities={"send-messages"}))
    # Books a courier collection for a confirmed match.
    courier_tool = tm.add(
        tg.Tool(
            "Courier booking tool",
            capabilities={"write", "network-egress"},
            controls={c.SecretsManagement(note="courier API key in the cloud secret manager")},
        )
    )
    # Nightly job that embeds newly logged found items for similarity search.
    indexer = tm.add(tg.Pipeline("Nightly found item indexing job", stage=tg.Stage.INGESTION))
    # Open-weights image and text embedding model served inside the tenant.
    embedder = tm.add(
        tg.Model(
            "Image and text embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Similarity index over found items.
        index = tm.add(tg.VectorStore("Found item vector index", stores={item_embeddings}))
        # System of record for found items logged by staff.
        found_db = tm.add(
            tg.DataStore(
                "Found items database",
                stores={found_item, found_photos},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Passenger reports, answers and case history.
        reports_db = tm.add(
            tg.DataStore(
                "Lost reports database",
                stores={lost_report, report_photos, ownership_answers, case_status},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Airport staff network", trust=tg.Trust.INTERNAL):
    # Lost property office staff who log found items and confirm ownership.
    officer = tm.add(tg.Actor("Lost property officer", role="lost property staff"))
    # Staff web console: item logging and the match approval queue.
    console = tm.add(
        tg.Endpoint(
            "Lost property staff console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="airport SSO (OIDC) with MFA"),
                c.RBAC(),
            },
        )
    )

# ---------------------------------------------------------------- flows
# Passenger files a report and later answers the agent's questions.
tm.flow(passenger, portal, lost_report, report_photos, protocol="https")
tm.flow(portal, reports_db, lost_report, report_photos)
tm.flow(passenger, portal, ownership_answers, protocol="https", label="answers on case page")
tm.flow(portal, reports_db, ownership_answers)
tm.flow(reports_db, portal, case_status, label="case page")
tm.flow(portal, passenger, case_status, protocol="https")
tm.flow(portal, agent, lost_report, report_photos, ownership_answers, label="new report or answer")

# Staff log found items.
tm.flow(officer, console, found_item, found_photos, protocol="https")
tm.flow(console, found_db, found_item, found_photos)

# Nightly indexing.
tm.flow(found_db, indexer, found_item, found_photos, label="nightly batch")
tm.flow(indexer, embedder, found_item, found_photos)
tm.flow(embedder, indexer, item_embeddings)
tm.flow(indexer, index, item_embeddings)

# Candidate search.
tm.flow(agent, search_tool, search_call)
tm.flow(search_tool, embedder, lost_report, report_photos)
tm.flow(embedder, search_tool, query_embedding)
tm.flow(search_tool, index, query_embedding, label="similarity query")
tm.flow(index, search_tool, item_embeddings)
tm.flow(found_db, search_tool, found_item, found_photos)
tm.flow(search_tool, agent, candidates)

# Reasoning with the hosted model.
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_output, protocol="https")

# Questions and updates to the passenger.
tm.flow(agent, message_tool, message_call)
tm.flow(message_tool, email_provider, passenger_email, protocol="https")
tm.flow(email_provider, passenger, passenger_email, protocol="smtp")
tm.flow(email_provider, message_tool, send_result, protocol="https")
tm.flow(message_tool, agent, send_result)

# Ownership confirmation by staff.
tm.flow(agent, console, proposed_match, label="approval queue")
tm.flow(console, officer, proposed_match, protocol="https")
tm.flow(officer, console, ownership_approval, protocol="https")
tm.flow(console, agent, ownership_approval)
tm.flow(agent, reports_db, case_status)

# Courier return.
tm.flow(agent, courier_tool, booking_call)
tm.flow(courier_tool, courier, shipment_request, courier_api_key, protocol="https")
tm.flow(courier, courier_tool, shipment_confirmation, protocol="https")
tm.flow(courier_tool, agent, booking_result, shipment_confirmation)
