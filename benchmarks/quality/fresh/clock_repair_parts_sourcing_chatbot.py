"""Clock repair parts sourcing chatbot: the first design, before any security review.

An antique clock restorer, working alone from a small workshop, adds a chat to the
workshop's website. Customers describe their clock or upload photos of the dial,
case and movement; an LLM agent in the restorer's cloud account sends them, with
excerpts from the restorer's movement reference notes, to a vendor's hosted
multimodal model to identify the maker and calibre, then searches the parts
suppliers' online catalogues (using the workshop's trade logins) for the parts and
prices. It gives the customer an indicative price and files a draft quote, which
the restorer checks on an admin console and e-mails out. Controls in this design:
rate limiting and upload checks on the chat, a step limit on the agent, the
restorer's approval of every quote, supplier-only egress for the catalogue search,
and the cloud provider's default encryption on the photo bucket and database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Clock repair parts sourcing chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Website chat that identifies a customer's clock movement from a description or "
        "photos and prices the parts from suppliers' catalogues."
    ),
)

# ---------------------------------------------------------------- data assets
description_msg = tg.Data(
    "Customer clock description",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What the clock is and what is wrong, with the customer's name and e-mail.",
)
photos = tg.Data(
    "Clock and movement photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Phone photos of the dial, case, movement and backplate markings, taken at home.",
)
reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Identification prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation, the photos, reference excerpts and search results.",
)
identification = tg.Data(
    "Movement identification and tool calls",
    kind="model-output",
    description="Maker, calibre and the parts needed, or the next tool call.",
)
reference_query = tg.Data("Reference lookup", kind="prompt")
reference_excerpts = tg.Data(
    "Movement reference excerpts",
    kind="retrieved-context",
    description="Passages from the restorer's notes and scanned movement catalogues.",
)
reference_notes = tg.Data(
    "Movement reference notes",
    kind="documents",
    description="The restorer's notes and scanned makers' movement catalogues.",
)
search_call = tg.Data("Catalogue search call", kind="tool-call")
search_query = tg.Data("Catalogue search query", kind="records")
trade_login = tg.Data(
    "Supplier trade account login", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
listings = tg.Data(
    "Supplier catalogue listings",
    kind="documents",
    description="Part numbers, descriptions, trade prices and stock from supplier pages.",
)
search_result = tg.Data("Catalogue search result", kind="tool-result")
quote_call = tg.Data("Draft quote tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
enquiries = tg.Data(
    "Enquiries and draft quotes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer contact details, the clock, the identified movement, parts and prices.",
)
quote_approval = tg.Data("Quote approval", kind="records")
quote_email = tg.Data("Quote email", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Owners of antique clocks asking for a repair; anyone can open the chat.
    customer = tm.add(tg.Actor("Customer", role="clock owner"))

with tm.boundary("Workshop cloud account", trust=tg.Trust.INTERNAL):
    # Chat and photo-upload API behind the website widget.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="JPEG or PNG only, at most 10 MB and 6 photos per chat"),
            },
        )
    )
    # The LLM agent that identifies the movement, searches catalogues and drafts quotes.
    agent = tm.add(
        tg.Agent(
            "Parts sourcing agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.CircuitBreaker(max_steps=10),
                c.HumanInTheLoop(
                    approver="the restorer, who checks every draft quote before it is e-mailed"
                ),
            },
        )
    )
    # Customer photos, kept with the enquiry until the job is done.
    photo_store = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # The restorer's own identification knowledge, so the model is not relied on alone.
    reference_index = tm.add(
        tg.VectorStore("Movement reference index", stores={reference_excerpts, reference_notes})
    )
    # Searches the suppliers' catalogues with the workshop's trade logins.
    search_tool = tm.add(
        tg.Tool(
            "Catalogue search tool",
            capabilities={"read", "network-egress"},
            controls={c.EgressFiltering(note="only the parts suppliers' domains")},
        )
    )
    # Files a draft quote for the restorer; sends nothing to the customer itself.
    quote_tool = tm.add(tg.Tool("Draft quote tool", capabilities={"write"}))
    # Enquiries, conversations and draft quotes.
    enquiry_db = tm.add(
        tg.DataStore(
            "Enquiry database",
            stores={enquiries},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Where the restorer reviews enquiries, approves quotes and adds reference notes.
    console = tm.add(
        tg.Endpoint(
            "Restorer admin console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the photos and the description.
    llm = tm.add(tg.LLM("Hosted multimodal LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Parts suppliers", trust=tg.Trust.PARTNER):
    # Clock-parts wholesalers' websites, with trade pricing behind a login.
    suppliers = tm.add(
        tg.ExternalService(
            "Parts suppliers' catalogues", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the quotes the restorer has approved.
    email = tm.add(tg.ExternalService("E-mail service"))

with tm.boundary("Workshop", trust=tg.Trust.INTERNAL):
    # The restorer: runs the business, checks every quote, does the repair.
    restorer = tm.add(tg.Actor("Clock restorer", role="owner", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(customer, chat, description_msg, photos, protocol="https")
tm.flow(chat, photo_store, photos)
tm.flow(chat, agent, description_msg)
tm.flow(photo_store, agent, photos)

tm.flow(agent, reference_index, reference_query, label="similarity query")
tm.flow(reference_index, agent, reference_excerpts)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, identification, protocol="https")

tm.flow(agent, search_tool, search_call)
tm.flow(search_tool, suppliers, search_query, trade_login, protocol="https")
tm.flow(suppliers, search_tool, listings, protocol="https")
tm.flow(search_tool, agent, search_result)

tm.flow(agent, quote_tool, quote_call)
tm.flow(quote_tool, enquiry_db, enquiries)
tm.flow(agent, chat, reply)
tm.flow(chat, customer, reply, protocol="https")

tm.flow(enquiry_db, console, enquiries)
tm.flow(photo_store, console, photos)
tm.flow(console, restorer, enquiries, photos, protocol="https")
tm.flow(restorer, console, quote_approval, reference_notes, protocol="https")
tm.flow(console, enquiry_db, quote_approval)
tm.flow(console, reference_index, reference_notes)
tm.flow(console, email, quote_email, protocol="https")
tm.flow(email, customer, quote_email, protocol="smtp+starttls")
