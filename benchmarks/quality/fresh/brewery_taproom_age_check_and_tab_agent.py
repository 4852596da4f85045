"""Brewery taproom tabs with an ID age check and an ordering agent: first design.

Customers in our UK brewery's taproom scan their table's QR code and open a tab in a
mobile web app (name, mobile number, and a card taken on the payment provider's hosted
fields and pre-authorised). In the same app a chat agent on a hosted LLM answers
questions about the beers and their allergens from our catalogue and adds orders to
the customer's tab. No alcohol is poured on a tab until the customer shows photo ID at
the bar: the bar tablet photographs the ID and face and sends them to an ID-checking
vendor's model, which returns an over-18 verdict with a confidence; when it is unsure,
bar staff compare the ID with the customer and confirm on the tablet. Tab service,
agent and stores run in our cloud account; bar tablets sit on the taproom Wi-Fi behind
the bar's shared PIN. Controls: alcohol held on unchecked tabs, web app rate limits,
an agent step cap, encrypted tab database, and only the age verdict kept, never the ID.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Brewery taproom age check and tab agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="QR-code table tabs, a beer and allergen ordering agent, and an ID age check at the bar.",
)

# ---------------------------------------------------------------- data assets
tab_details = tg.Data(
    "Tab opening details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Table number from the QR code, customer name and mobile number.",
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
card_token = tg.Data("Card token", kind="credentials", sensitivity=tg.Sensitivity.CONFIDENTIAL)
preauth = tg.Data(
    "Pre-authorisation and capture result", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
settlement = tg.Data(
    "Tab settlement request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Card token and amount to pre-authorise on opening and capture on closing.",
)
question = tg.Data(
    "Customer chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Questions about beers and allergens (may mention allergies or coeliac disease) and order requests.",
)
agent_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
answer = tg.Data("Agent answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
menu_query = tg.Data("Beer lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
beer_info = tg.Data(
    "Beer and allergen information",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Beers on tap, ABV, prices, and allergens (gluten, lactose, nuts in pastry stouts).",
)
order_call = tg.Data("Add-to-tab call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tab_orders = tg.Data(
    "Tabs and orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
bar_queue = tg.Data("Orders to pour", kind="records", sensitivity=tg.Sensitivity.PII)
id_capture = tg.Data(
    "ID document and face images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Photo of a driving licence or passport and a photo of the customer at the bar.",
)
age_verdict = tg.Data(
    "Age check verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Over 18 yes/no, face match, and the model's confidence.",
)
staff_confirmation = tg.Data(
    "Staff ID match confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
age_record = tg.Data(
    "Age check records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tab, verdict, confidence, whether staff confirmed, time.",
)
catalogue_update = tg.Data(
    "Beer list and allergen updates", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone at a table (or anyone with a photo of the QR code) can open a tab and chat.
    customer = tm.add(tg.Actor("Taproom customer", role="customer"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes the card on hosted fields, so card numbers never reach our systems.
    payments = tm.add(tg.ExternalService("Card payment provider", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the ordering agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("ID check vendor", trust=tg.Trust.PARTNER):
    # Reads the ID's date of birth and matches its photo to the customer's face.
    age_model = tm.add(
        tg.Model(
            "ID age check model",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            description="Vendor API: over-18 verdict and face match from an ID photo and a face photo.",
            controls={
                c.HumanInTheLoop(
                    approver="bar staff on shift",
                    note="staff compare the ID with the customer when the model's confidence is low",
                )
            },
        )
    )

with tm.boundary("Brewery cloud account", trust=tg.Trust.INTERNAL):
    # The mobile web app behind the table QR codes: tab opening and the chat.
    web_app = tm.add(
        tg.Endpoint(
            "Tab web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Opens, updates and closes tabs; feeds the bar tablets; holds alcohol until age-checked.
    tab_service = tm.add(
        tg.Service(
            "Tab service",
            description="Keeps each tab and its orders; settles with the payment provider on closing.",
            controls={
                c.PolicyEnforcement(
                    rules="alcohol orders on a tab with no recorded age check are held from the bar queue"
                )
            },
        )
    )
    # Answers beer and allergen questions and adds orders to the customer's own tab.
    agent = tm.add(
        tg.Agent(
            "Taproom ordering agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Reads the order back to the customer in chat before adding it.",
            controls={c.CircuitBreaker(max_steps=10)},
        )
    )
    # Read-only lookup of the beer catalogue for the agent.
    menu_tool = tm.add(tg.Tool("Beer and allergen lookup", capabilities={"read"}))
    # Writes order lines; bound to the tab of the chat session that calls the agent.
    order_tool = tm.add(
        tg.Tool(
            "Add to tab tool",
            capabilities={"write"},
            description="Adds items to the tab linked to the chat session; the tab service prices them.",
            controls={c.LeastPrivilegeTools()},
        )
    )
    # The beers on tap and their allergens, kept by the taproom manager.
    catalogue = tm.add(tg.DataStore("Beer catalogue", stores={beer_info}))
    # Tabs, order lines, customer name and number, and the provider's card token.
    tab_db = tm.add(
        tg.DataStore(
            "Tab database",
            stores={tab_orders, tab_details, card_token},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Which tabs passed the age check and how; kept for licensing inspections.
    age_log = tm.add(
        tg.DataStore(
            "Age check log",
            stores={age_record},
            controls={
                c.DataMinimization(note="only the verdict is kept, never the ID or face images")
            },
        )
    )

with tm.boundary("Taproom network", trust=tg.Trust.INTERNAL):
    # Bar staff pour orders and run the ID check here.
    bar_tablet = tm.add(
        tg.Device(
            "Bar tablet",
            description="Shared tablet at the bar with a camera; shows open tabs and the orders to pour.",
            controls={c.Authentication(method="shared bar PIN")},
        )
    )
    bar_staff = tm.add(tg.Actor("Bar staff", role="bar staff"))
    # Keeps the beer list and allergen information up to date.
    manager = tm.add(tg.Actor("Taproom manager", role="manager", privileged=True))

# ---------------------------------------------------------------- flows
# Opening a tab
tm.flow(customer, web_app, tab_details, protocol="https", label="scan table QR and open tab")
tm.flow(customer, payments, card_details, protocol="https", label="hosted card fields")
tm.flow(payments, web_app, card_token, protocol="https")
tm.flow(web_app, tab_service, tab_details, card_token)
tm.flow(tab_service, payments, settlement, protocol="https", label="pre-authorise, later capture")
tm.flow(payments, tab_service, preauth, protocol="https")
tm.flow(tab_service, tab_db, tab_orders, tab_details, card_token)
tm.flow(tab_db, tab_service, tab_orders, tab_details, card_token)

# Chat and ordering
tm.flow(customer, web_app, question, protocol="https")
tm.flow(web_app, agent, question)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, menu_tool, menu_query)
tm.flow(catalogue, menu_tool, beer_info)
tm.flow(menu_tool, agent, beer_info)
tm.flow(agent, order_tool, order_call)
tm.flow(order_tool, tab_service, tab_orders, label="add order lines")
tm.flow(catalogue, tab_service, beer_info, label="tap list prices")
tm.flow(agent, web_app, answer)
tm.flow(web_app, customer, answer, tab_orders, protocol="https")

# Bar: pouring and the age check
tm.flow(tab_service, bar_tablet, bar_queue, protocol="https")
tm.flow(bar_tablet, age_model, id_capture, protocol="https")
tm.flow(age_model, bar_tablet, age_verdict, protocol="https")
tm.flow(bar_staff, bar_tablet, staff_confirmation, label="on the touchscreen")
tm.flow(bar_tablet, bar_staff, age_verdict, bar_queue, label="on the touchscreen")
tm.flow(bar_tablet, tab_service, age_verdict, staff_confirmation, protocol="https")
tm.flow(tab_service, age_log, age_record)

# Catalogue upkeep
tm.flow(manager, catalogue, catalogue_update, protocol="https", label="back-office form")
