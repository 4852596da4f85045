"""Community bike workshop: repair booking and parts ordering agent (first design).

A charity-run bike workshop wants an assistant that takes some of the admin off
its one paid manager. Customers message the workshop on WhatsApp or use the
chat on its website to book a repair slot; volunteer mechanics use the same
channels to sign up for shifts. An LLM agent, running with the website on the
charity's small cloud host, reads the messages, checks and writes the booking
calendar and shift rota, and sends customers a "your bike is ready" message when
a mechanic marks a repair done. When stock of a part runs low the agent drafts an
order on the wholesale supplier's trade portal, using the workshop's trade
account; the manager approves each draft in an admin page before it is placed.
The model is hosted by a small LLM vendor, reached over HTTPS with an API key
kept in the app's environment file. The website uses TLS, the admin page needs a
Google Workspace sign-in, and the agent is capped at a number of steps per chat.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Community bike workshop booking and parts agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "WhatsApp and web chat agent that books repairs and volunteer shifts, "
        "drafts parts orders for approval and tells customers their bike is ready."
    ),
)

# ---------------------------------------------------------------- data assets
customer_message = tg.Data(
    "Customer or volunteer chat message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Free text with name, phone number, bike and fault, or shift dates.",
)
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Prompt with booking context",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, chat history, free slots and the tool results so far.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
bookings = tg.Data(
    "Repair bookings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Customer name, WhatsApp number, bike description, fault, slot, status.",
)
rota = tg.Data(
    "Volunteer shift rota",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Volunteer names, phone numbers and the shifts they have taken.",
)
booking_call = tg.Data("Booking tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_result = tg.Data(
    "Calendar and rota lookup result", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
parts_stock = tg.Data("Parts stock list", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
order_draft = tg.Data(
    "Parts order draft",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Part numbers, quantities and trade prices to be placed on the trade account.",
)
order_approval = tg.Data("Manager order approval", sensitivity=tg.Sensitivity.INTERNAL)
supplier_catalogue = tg.Data(
    "Supplier catalogue and trade prices", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
ready_message = tg.Data(
    "Repair-ready message",
    sensitivity=tg.Sensitivity.PII,
    description="Template text with the customer's name, bike and collection times.",
)
supplier_login = tg.Data(
    "Supplier trade portal login",
    sensitivity=tg.Sensitivity.SECRET,
    kind="credentials",
    description="The workshop's trade account username and password, in the app's .env file.",
)
llm_api_key = tg.Data("LLM vendor API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
repair_done = tg.Data("Repair marked done", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # People who bring bikes in; anyone with the number or the web page can write.
    customer = tm.add(tg.Actor("Customer", role="workshop customer"))
    # Volunteers book their own shifts through the same channels as customers.
    volunteer = tm.add(tg.Actor("Volunteer mechanic", role="volunteer"))

with tm.boundary("Meta WhatsApp Business platform", trust=tg.Trust.PARTNER):
    # Relays WhatsApp messages to our webhook and sends our outbound messages.
    whatsapp = tm.add(
        tg.ExternalService(
            "WhatsApp Business Cloud API",
            description="Delivers inbound messages to our webhook; sends template messages.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, hosted by a small vendor.
    llm = tm.add(
        tg.LLM(
            "Hosted chat model",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling, pay per token.",
        )
    )

with tm.boundary("Wholesale supplier", trust=tg.Trust.PARTNER):
    # The trade portal where parts orders are placed on the workshop's account.
    supplier_portal = tm.add(
        tg.ExternalService(
            "Supplier trade portal",
            description="Wholesale bike parts ordering site, charged to the trade account monthly.",
        )
    )

with tm.boundary("Workshop cloud host", trust=tg.Trust.INTERNAL):
    # The public website chat and the WhatsApp webhook, one small web app.
    web_app = tm.add(
        tg.Endpoint(
            "Workshop website and chat webhook",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Serves the booking chat widget and receives WhatsApp webhooks.",
        )
    )
    # Reads each conversation and decides which tool to use.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Books slots and shifts itself; parts orders wait for the manager.",
            controls={c.CircuitBreaker(max_steps=10)},
        )
    )
    # Reads and writes repair slots and volunteer shifts.
    calendar_tool = tm.add(
        tg.Tool(
            "Calendar and rota tool",
            capabilities={"read", "write"},
            description="Creates, moves and cancels repair slots and shift sign-ups.",
        )
    )
    # Fills the supplier portal basket and saves the draft for approval.
    parts_tool = tm.add(
        tg.Tool(
            "Parts order drafting tool",
            capabilities={"read", "write", "network-egress"},
            description="Logs into the trade portal, fills a basket and saves it unsubmitted.",
            controls={c.HumanInTheLoop(approver="workshop manager")},
        )
    )
    # Sends WhatsApp messages to customers, including the repair-ready notice.
    message_tool = tm.add(
        tg.Tool(
            "WhatsApp messaging tool",
            capabilities={"send-messages"},
            description="Sends approved message templates to a customer's WhatsApp number.",
        )
    )
    # Bookings, shift rota, parts stock list and saved order drafts.
    workshop_db = tm.add(
        tg.DataStore(
            "Workshop database",
            stores={bookings, rota, parts_stock, order_draft},
            description="Managed Postgres on the same host provider, daily provider backups.",
        )
    )
    # Where the web app reads its API key and the supplier trade account login.
    app_config = tm.add(
        tg.DataStore(
            "App environment file",
            stores={supplier_login, llm_api_key},
            description="The .env file deployed with the web app.",
        )
    )
    # The manager's page to approve order drafts and see the calendar.
    admin_page = tm.add(
        tg.Endpoint(
            "Admin page",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="Google Workspace sign-in with 2SV")},
        )
    )

with tm.boundary("Workshop office", trust=tg.Trust.INTERNAL):
    # The one paid member of staff; approves orders and marks repairs done.
    manager = tm.add(tg.Actor("Workshop manager", role="workshop manager", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# inbound chat
tm.flow(customer, whatsapp, customer_message, protocol="whatsapp")
tm.flow(volunteer, whatsapp, customer_message, protocol="whatsapp")
tm.flow(customer, web_app, customer_message, protocol="https", controls={tls})
tm.flow(volunteer, web_app, customer_message, protocol="https", controls={tls})
tm.flow(whatsapp, web_app, customer_message, protocol="https", label="inbound message webhook")
tm.flow(web_app, agent, customer_message)

# the agent and its model
tm.flow(app_config, agent, llm_api_key)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# bookings and shifts
tm.flow(agent, calendar_tool, booking_call)
tm.flow(calendar_tool, workshop_db, bookings, rota)
tm.flow(workshop_db, calendar_tool, bookings, rota)
tm.flow(calendar_tool, agent, booking_result)

# replies
tm.flow(agent, web_app, agent_reply)
tm.flow(web_app, customer, agent_reply, protocol="https")
tm.flow(web_app, volunteer, agent_reply, protocol="https")
tm.flow(web_app, whatsapp, agent_reply, protocol="https")
tm.flow(whatsapp, customer, agent_reply, protocol="whatsapp")
tm.flow(whatsapp, volunteer, agent_reply, protocol="whatsapp")

# parts orders
tm.flow(workshop_db, agent, parts_stock, label="low stock check")
tm.flow(agent, parts_tool, order_draft)
tm.flow(app_config, parts_tool, supplier_login)
tm.flow(parts_tool, supplier_portal, supplier_login, order_draft, protocol="https")
tm.flow(supplier_portal, parts_tool, supplier_catalogue, protocol="https")
tm.flow(parts_tool, workshop_db, order_draft)
tm.flow(workshop_db, admin_page, order_draft, bookings)
tm.flow(admin_page, manager, order_draft, bookings, protocol="https")
tm.flow(manager, admin_page, order_approval, repair_done, protocol="https")
tm.flow(admin_page, parts_tool, order_approval, label="place approved order")
tm.flow(admin_page, workshop_db, repair_done)

# repair-ready messages
tm.flow(workshop_db, agent, repair_done, label="repair marked done")
tm.flow(agent, message_tool, ready_message)
tm.flow(message_tool, whatsapp, ready_message, protocol="https")
tm.flow(whatsapp, customer, ready_message, protocol="whatsapp")
