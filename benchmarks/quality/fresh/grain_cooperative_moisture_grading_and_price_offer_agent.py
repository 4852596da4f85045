"""Grain cooperative intake grading and price offers: the first design, before any security review.

At the cooperative's intake site each member's trailer crosses the weighbridge, an
automatic sampling probe takes cores from the load and a near-infrared analyser
measures moisture and protein. The intake station service builds the intake ticket
and sends the readings to a grade model in the cooperative's cloud, which predicts
the grade (milling, feed, reject for drying). A price offer agent, an LLM agent on a
hosted model, reads the grade, the day's market price feed and store capacity, posts
a price offer to the member portal and, once the member accepts, books the load into
a store bin. The intake manager sees every ticket on the intake console and can
override the grade, which sends a revised offer. Members sign in to the portal with
their member number and password; site-to-cloud links use HTTPS, the agent's actions
are logged, and the grade model is pinned by version.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Grain cooperative grading and price offer agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Intake grading of members' grain loads with automatic price offers and store booking.",
)

# ---------------------------------------------------------------- data assets
sampling_command = tg.Data(
    "Sampling command", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
probe_record = tg.Data(
    "Probe sample record",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Trailer bay, number of cores and sample bag id.",
)
analyser_readings = tg.Data(
    "Moisture and protein readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
weight_reading = tg.Data(
    "Weighbridge weight reading",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
intake_ticket = tg.Data(
    "Intake ticket",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member, haulier, trailer registration, crop, weights and readings.",
)
grade_features = tg.Data("Grading features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
predicted_grade = tg.Data(
    "Predicted grade", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
grade_override = tg.Data("Grade override", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
market_prices = tg.Data(
    "Daily market prices",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed ex-farm and delivered prices by crop and grade.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
price_query = tg.Data("Market price query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
price_result = tg.Data(
    "Market price result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
agent_prompt = tg.Data(
    "Offer agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The ticket, grade, market prices, member contract terms and bin capacity.",
)
agent_decision = tg.Data(
    "Agent completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
price_offer = tg.Data(
    "Price offer",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
acceptance = tg.Data("Offer acceptance", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
booking_request = tg.Data(
    "Store booking request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
booking_result = tg.Data(
    "Store booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
bin_capacity = tg.Data(
    "Store bin capacity and contents", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
member_accounts = tg.Data(
    "Member accounts and contracts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Members' names, farm addresses, bank details for settlement and forward contracts.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
portal_login = tg.Data("Member sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
password_hashes = tg.Data(
    "Member password hashes", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Farmer members who deliver grain and accept or refuse offers from their phones.
    member = tm.add(tg.Actor("Cooperative member", role="member"))

with tm.boundary("Market data provider", trust=tg.Trust.PARTNER):
    # Licensed feed of the day's grain prices the offers are based on.
    market_feed = tm.add(
        tg.ExternalService("Market price feed", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model the offer agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Intake site network", trust=tg.Trust.INTERNAL):
    # Runs the intake: sees tickets and grades, overrides grades when a load looks wrong.
    intake_manager = tm.add(tg.Actor("Intake manager", role="intake manager", privileged=True))

    # Desktop screen in the intake office showing tickets, grades and offers.
    console = tm.add(
        tg.Service(
            "Intake console",
            controls={c.Authentication(method="individual site user accounts with password")},
        )
    )

    # Automatic probe on a gantry over the trailer bay that takes cores from the load.
    probe = tm.add(tg.Device("Sampling probe", fleet=False))

    # NIR analyser in the sample room measuring moisture and protein.
    analyser = tm.add(tg.Device("Moisture and protein analyser", fleet=False))

    # Weighs each trailer in and out.
    weighbridge = tm.add(tg.Device("Weighbridge", fleet=False))

    # Collects the readings at the site, builds the ticket and talks to the cloud.
    intake_station = tm.add(
        tg.Service(
            "Intake station service",
            description="Drives the probe, reads the analyser and weighbridge, keeps the intake ticket.",
        )
    )

with tm.boundary("Cooperative cloud", trust=tg.Trust.INTERNAL):
    # Members see offers for their loads and accept them here.
    portal = tm.add(
        tg.Endpoint(
            "Member portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="member number and password")},
        )
    )

    # Predicts the grade from moisture, protein and crop; trained in-house on past intakes.
    grade_model = tm.add(
        tg.Model(
            "Grade prediction model",
            task=tg.Task.CLASSIFIER,
            high_stakes=True,
            description="Gradient-boosted classifier over NIR readings; the grade sets the price deductions.",
            controls={c.ModelVersioning()},
        )
    )

    # Turns a graded load into a price offer and books accepted loads into a store.
    offer_agent = tm.add(
        tg.Agent(
            "Price offer agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Offers are posted to the member without review; accepted loads are booked at once.",
            controls={c.AuditLogging()},
        )
    )

    # Reads today's prices for a crop and grade from the market feed.
    price_tool = tm.add(tg.Tool("Market price tool", capabilities={"read", "network-egress"}))

    # Books an accepted load into a bin in the store management system.
    booking_tool = tm.add(tg.Tool("Store booking tool", capabilities={"read", "write"}))

    # Bins, capacity, contents and bookings across the cooperative's stores.
    store_system = tm.add(
        tg.DataStore("Store management system", stores={bin_capacity}, controls={c.RBAC()})
    )

    # Members, contracts, intake tickets, grades and offers.
    intake_db = tm.add(
        tg.DataStore(
            "Intake and member records",
            stores={
                member_accounts,
                intake_ticket,
                predicted_grade,
                grade_override,
                price_offer,
                acceptance,
                password_hashes,
            },
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.DataVersioning(),
            },
        )
    )

# ---------------------------------------------------------------- flows
# sampling and measurement at the intake
tm.flow(intake_station, probe, sampling_command, protocol="modbus")
tm.flow(probe, intake_station, probe_record, protocol="modbus")
tm.flow(analyser, intake_station, analyser_readings, label="results export over the site LAN")
tm.flow(weighbridge, intake_station, weight_reading, protocol="rs-232")

# grading
tm.flow(intake_station, intake_db, intake_ticket, protocol="https")
tm.flow(intake_station, grade_model, grade_features, protocol="https")
tm.flow(grade_model, intake_station, predicted_grade, protocol="https")
tm.flow(
    intake_station,
    intake_db,
    predicted_grade,
    protocol="https",
    id="intake-station->intake-db:grade",
)
tm.flow(intake_db, console, intake_ticket, predicted_grade, price_offer, protocol="https")
tm.flow(
    console,
    intake_manager,
    intake_ticket,
    predicted_grade,
    price_offer,
    label="on the office screen",
)
tm.flow(intake_manager, console, grade_override, label="on the office screen")
tm.flow(console, intake_db, grade_override, protocol="https")
tm.flow(console, offer_agent, grade_override, protocol="https", label="re-offer after override")

# pricing and the offer
tm.flow(
    intake_db,
    offer_agent,
    intake_ticket,
    predicted_grade,
    member_accounts,
    label="new graded ticket",
)
tm.flow(offer_agent, price_tool, price_query)
tm.flow(price_tool, market_feed, price_query, protocol="https")
tm.flow(market_feed, price_tool, market_prices, protocol="https")
tm.flow(price_tool, offer_agent, price_result)
tm.flow(store_system, offer_agent, bin_capacity)
tm.flow(offer_agent, llm, agent_prompt, protocol="https")
tm.flow(llm, offer_agent, agent_decision, protocol="https")
tm.flow(offer_agent, intake_db, price_offer)
tm.flow(offer_agent, portal, price_offer)
tm.flow(portal, member, price_offer, protocol="https")
tm.flow(member, portal, portal_login, acceptance, protocol="https")
tm.flow(intake_db, portal, password_hashes, label="sign-in check")
tm.flow(portal, intake_db, acceptance)
tm.flow(portal, offer_agent, acceptance)

# booking into store
tm.flow(offer_agent, booking_tool, booking_request)
tm.flow(booking_tool, store_system, booking_request)
tm.flow(store_system, booking_tool, booking_result)
tm.flow(booking_tool, offer_agent, booking_result)
