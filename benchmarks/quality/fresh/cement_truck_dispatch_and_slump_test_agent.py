"""Ready-mix dispatch and slump-test agent: the first design, before any security review.

A ready-mix concrete supplier takes orders from site contractors on a web portal.
A dispatch agent, built on a hosted multimodal LLM, reads the day's orders, the
batch plants' capacity and truck positions from the telematics provider, and
assigns mixer trucks to loads; the assignments go to the batch plant system as a
load schedule and to drivers' cab tablets as dispatch messages. On site, drivers
photograph the slump cone test and upload it from the tablet; the agent has the
LLM read the slump and replies "pour" or "do not pour", recording every result.
Everything but the plants runs in the supplier's cloud tenancy; the plants are
reached over a site VPN. Contractors sign in with e-mail and password, drivers
with their driver number and PIN. The duty dispatcher confirms load rejections
on the dispatch console; pour go-aheads reach the driver directly. Traffic to the
outside is HTTPS and the order database is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ready-mix truck dispatch and slump-test agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that dispatches mixer trucks and reads slump-test photos before a pour.",
)

# ---------------------------------------------------------------- data assets
order = tg.Data(
    "Concrete order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Mix design, volume, pour time, site address and the site contact's name and phone.",
)
order_confirmation = tg.Data(
    "Order confirmation and ETA", kind="records", sensitivity=tg.Sensitivity.PII
)
plant_capacity = tg.Data(
    "Plant capacity and load status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
truck_positions = tg.Data(
    "Truck GPS positions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Live location of each truck, and so of its driver.",
)
lookup_call = tg.Data("Order and capacity lookup", kind="tool-call")
lookup_result = tg.Data(
    "Orders, capacity and truck positions", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
dispatch_prompt = tg.Data(
    "Dispatch prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, today's orders, plant capacity, truck positions and driver reports.",
)
dispatch_plan = tg.Data(
    "Proposed truck assignments", kind="model-output", sensitivity=tg.Sensitivity.PII
)
assignment_call = tg.Data("Truck assignment", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
assignment_result = tg.Data("Assignment result", kind="tool-result")
load_schedule = tg.Data(
    "Load schedule",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Which truck loads which mix at which plant and when.",
)
driver_message = tg.Data(
    "Driver dispatch message",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Load, site address, contact, and the pour or do-not-pour reply.",
)
message_call = tg.Data("Send driver message", kind="tool-call", sensitivity=tg.Sensitivity.PII)
slump_photo = tg.Data(
    "Slump-test photo",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Photo of the slumped cone beside a tape measure, taken by the driver on site.",
)
driver_report = tg.Data(
    "Driver delivery status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Arrived, pouring, washed out, delays, and free-text notes typed by the driver.",
)
slump_reading = tg.Data(
    "Slump reading", kind="model-output", description="Measured slump in mm, read from the photo."
)
slump_record = tg.Data(
    "Slump test record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Photo, reading, pour decision and load ticket; kept as quality evidence for the customer.",
)
rejection_proposal = tg.Data(
    "Proposed load rejection", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
rejection_approval = tg.Data("Load rejection approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Site managers and buyers of building contractors who order concrete.
    contractor = tm.add(tg.Actor("Site contractor", role="customer"))

with tm.boundary("Mixer truck fleet", trust=tg.Trust.PARTNER):
    # Many drivers work for contract hauliers; tablets are on the public mobile network.
    driver = tm.add(tg.Actor("Truck driver", role="driver"))
    # Rugged tablet in each cab: receives dispatch messages, uploads photos and status.
    tablet = tm.add(
        tg.Device(
            "Driver cab tablet",
            fleet=True,
            description="Company-issued Android tablet running the driver app.",
        )
    )

with tm.boundary("Telematics provider", trust=tg.Trust.PARTNER):
    # The fleet's GPS tracking service; we pull positions from its API.
    telematics = tm.add(
        tg.ExternalService("Fleet telematics API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model: plans the assignments and reads the slump photos.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose vision and text model behind the vendor's API.",
        )
    )

with tm.boundary("Supplier cloud", trust=tg.Trust.INTERNAL):
    # Where contractors place and amend orders.
    portal = tm.add(
        tg.Endpoint(
            "Order portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # System of record for orders.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={order},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Backend of the driver app: messages out, photos and status in.
    driver_api = tm.add(
        tg.Endpoint(
            "Driver app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="driver number and PIN")},
        )
    )
    # The LLM agent that plans the day, reassigns trucks and judges slump tests.
    agent = tm.add(
        tg.Agent(
            "Dispatch agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="duty dispatcher",
                    note="load rejections only; assignments and pour go-aheads go ahead directly",
                ),
                c.SecretsManagement(
                    note="LLM and telematics API keys in the cloud secrets manager"
                ),
            },
        )
    )
    # Read-only tool: today's orders, plant capacity and truck positions.
    lookup_tool = tm.add(tg.Tool("Order and capacity lookup tool", capabilities={"read"}))
    # Writes truck assignments into the load schedule at the plants.
    assignment_tool = tm.add(
        tg.Tool(
            "Truck assignment tool",
            capabilities={"write"},
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Sends dispatch messages and pour replies to the cab tablets.
    message_tool = tm.add(tg.Tool("Driver messaging tool", capabilities={"send-messages"}))
    # Evidence of every slump test, for quality disputes with customers.
    slump_store = tm.add(tg.DataStore("Slump test records", stores={slump_record, slump_photo}))
    # Office screen where the dispatcher watches the plan and confirms rejections.
    console = tm.add(
        tg.Endpoint(
            "Dispatch console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO"), c.RBAC()},
        )
    )

with tm.boundary("Batch plant network", trust=tg.Trust.INTERNAL):
    # Batching software at each plant: reports capacity, batches loads to the schedule.
    batch_plant = tm.add(tg.Service("Batch plant system"))

with tm.boundary("Dispatch office", trust=tg.Trust.INTERNAL):
    # Plant staff on duty who oversee dispatch.
    dispatcher = tm.add(tg.Actor("Duty dispatcher", role="dispatcher"))

# ---------------------------------------------------------------- flows
# ordering
tm.flow(contractor, portal, order, protocol="https")
tm.flow(portal, order_db, order)
tm.flow(portal, contractor, order_confirmation, protocol="https")
tm.flow(order_db, portal, order_confirmation, label="order status")

# the agent gathers its inputs
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(order_db, lookup_tool, order)
tm.flow(batch_plant, lookup_tool, plant_capacity, protocol="https", label="over site VPN")
tm.flow(telematics, lookup_tool, truck_positions, protocol="https")
tm.flow(lookup_tool, agent, lookup_result)

# planning with the LLM
tm.flow(agent, llm, dispatch_prompt, protocol="https")
tm.flow(llm, agent, dispatch_plan, protocol="https")

# acting on the plan
tm.flow(agent, assignment_tool, assignment_call)
tm.flow(assignment_tool, batch_plant, load_schedule, protocol="https", label="over site VPN")
tm.flow(assignment_tool, agent, assignment_result)
tm.flow(agent, message_tool, message_call)
tm.flow(message_tool, driver_api, driver_message)
tm.flow(driver_api, tablet, driver_message, protocol="https")
tm.flow(tablet, driver, driver_message, label="on the tablet screen")

# slump test on site
tm.flow(driver, tablet, slump_photo, driver_report, label="camera and typed notes")
tm.flow(tablet, driver_api, slump_photo, driver_report, protocol="https")
tm.flow(driver_api, agent, slump_photo, driver_report)
tm.flow(agent, llm, slump_photo, protocol="https")
tm.flow(llm, agent, slump_reading, protocol="https")
tm.flow(agent, slump_store, slump_record, slump_photo)

# dispatcher oversight
tm.flow(agent, console, dispatch_plan, rejection_proposal)
tm.flow(console, dispatcher, dispatch_plan, rejection_proposal, protocol="https")
tm.flow(dispatcher, console, rejection_approval, protocol="https")
tm.flow(console, agent, rejection_approval)
