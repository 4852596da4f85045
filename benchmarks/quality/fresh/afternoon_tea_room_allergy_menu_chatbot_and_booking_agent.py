"""Afternoon tea room: allergy-aware menu chatbot and booking agent (first design).

Customers use a chat widget on the tea room's website to ask what is in the
scones, sandwiches and cakes and which dishes contain a given allergen; an LLM
agent answers from the recipe and allergen database through a read-only lookup
tool. The same agent books tables: it checks availability and writes the booking,
with any allergies the customer declares, into the bookings database, and a
transactional e-mail provider sends the confirmation. The kitchen reads each day's
allergy notes on a staff portal, where the manager also maintains the recipes.
It all runs in one cloud account; the language model is a vendor's hosted API.
Controls: HTTPS throughout, a per-IP quota on the chat endpoint, staff e-mail and
password sign-in to the portal, a step limit on the agent, a read-only database
user for the lookup tool and the cloud provider's encryption at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Afternoon tea room allergy chatbot and booking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Website chatbot answering allergen questions from the recipe database and "
        "booking tables with the customer's declared allergies noted for the kitchen."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Customer chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text: allergen questions, booking wishes, name, contact details, allergies.",
)
chat_reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
allergen_query = tg.Data("Allergen lookup request", kind="tool-call")
recipes = tg.Data(
    "Recipes and allergen matrix",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Ingredients of every dish and the 14 declarable allergens each contains.",
)
allergen_result = tg.Data("Allergen lookup result", kind="tool-result")
booking_request = tg.Data(
    "Booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Date, time, party size, name, phone, e-mail and declared allergies.",
)
bookings = tg.Data(
    "Bookings with allergy notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Declared allergies are health data about the customer and their guests.",
)
availability = tg.Data("Table availability", kind="tool-result")
booking_result = tg.Data("Booking confirmation details", kind="tool-result", sensitivity="pii")
confirmation_email = tg.Data("Booking confirmation e-mail", sensitivity=tg.Sensitivity.PII)
kitchen_sheet = tg.Data(
    "Daily bookings and allergy sheet", kind="records", sensitivity=tg.Sensitivity.PII
)
recipe_updates = tg.Data("Recipe and allergen updates", kind="records")
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone visiting the website can open the chat; no account is needed.
    customer = tm.add(tg.Actor("Customer", role="website visitor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API; the vendor's safety filter is on.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that sends booking confirmations.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Tea room premises", trust=tg.Trust.INTERNAL):
    # Cooks check the day's allergy notes on the kitchen tablet before service.
    kitchen = tm.add(tg.Actor("Kitchen staff", role="cook"))
    # The manager maintains recipes and allergens and administers the portal.
    manager = tm.add(tg.Actor("Tea room manager", role="manager", privileged=True))

with tm.boundary("Tea room cloud account", trust=tg.Trust.INTERNAL):
    # Public chat endpoint behind the website's chat widget.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30, note="per IP address")},
        )
    )
    # The LLM agent: answers allergen questions and takes bookings without staff review.
    agent = tm.add(
        tg.Agent(
            "Menu and booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=10)},
        )
    )
    # Read-only lookup of dishes and allergens for the agent.
    recipe_tool = tm.add(
        tg.Tool(
            "Allergen lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only database user on the recipe tables")},
        )
    )
    # Checks availability and creates bookings with their allergy notes.
    booking_tool = tm.add(tg.Tool("Booking tool", capabilities={"read", "write", "send-messages"}))
    # Source of truth for what every dish contains.
    recipe_db = tm.add(
        tg.DataStore(
            "Recipe and allergen database",
            stores={recipes},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Table bookings, contact details and declared allergies.
    bookings_db = tm.add(
        tg.DataStore(
            "Bookings database",
            stores={bookings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Staff web portal: the kitchen's daily allergy sheet and the recipe editor.
    portal = tm.add(
        tg.Service(
            "Staff portal",
            internet_facing=True,
            controls={c.Authentication(method="staff e-mail and password")},
        )
    )
    # Conversation history kept for troubleshooting complaints.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

# ---------------------------------------------------------------- flows
tm.flow(customer, chat, chat_message, protocol="https")
tm.flow(chat, customer, chat_reply, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, chat, chat_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, recipe_tool, allergen_query)
tm.flow(recipe_db, recipe_tool, recipes)
tm.flow(recipe_tool, agent, allergen_result)

tm.flow(agent, booking_tool, booking_request)
tm.flow(bookings_db, booking_tool, availability, label="availability check")
tm.flow(booking_tool, bookings_db, bookings, label="new booking")
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, email, confirmation_email, protocol="https")
tm.flow(email, customer, confirmation_email, protocol="smtp")

tm.flow(agent, transcript_store, transcripts)

tm.flow(bookings_db, portal, kitchen_sheet)
tm.flow(portal, kitchen, kitchen_sheet, protocol="https")
tm.flow(manager, portal, recipe_updates, protocol="https")
tm.flow(portal, recipe_db, recipe_updates)
tm.flow(recipe_db, portal, recipes, label="recipe editor")
tm.flow(portal, manager, recipes, protocol="https")
