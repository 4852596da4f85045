"""Heritage woollen mill: loom defect vision and trade order agent (first design).

A family-run Borders woollen mill weaves tweed and tartan for trade customers. Each
loom carries a camera over the cloth; an edge vision service on the shed network runs
an in-house defect detector on the frames, stops the loom through its PLC on a serious
fault and alerts the weaver, whose confirm/dismiss labels retrain the detector now and
then. On the trade website a chat agent on a hosted LLM answers buyers, books
provisional orders and says when their cloth is scheduled to be woven, reading the
weaving schedule. Controls: trade accounts sign in with e-mail and password, the sales
clerk confirms every provisional order, the order database is encrypted at rest, links
to the cloud use HTTPS, and a loom PLC takes only a stop from the vision service
(restart is by hand at the loom).
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Woollen mill loom defect vision and order agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Camera defect detection that stops looms, and a chat agent for trade orders.",
)

# ---------------------------------------------------------------- data assets
enquiry = tg.Data(
    "Trade order enquiry",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="A buyer's message: cloth, quantities, wanted-by dates, their name.",
)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
llm_prompt = tg.Data(
    "Order agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, conversation and tool results sent to the hosted model.",
)
llm_completion = tg.Data(
    "LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
order_call = tg.Data(
    "Order book tool call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
order_result = tg.Data("Order details", kind="tool-result", sensitivity=tg.Sensitivity.PII)
schedule_call = tg.Data("Schedule query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
delivery_estimate = tg.Data(
    "Weaving date estimate", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
orders = tg.Data(
    "Trade orders and buyer contacts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Trade accounts, buyer names, e-mails, delivery addresses and orders.",
)
schedule = tg.Data(
    "Weaving schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Which order is warped on which loom, metres woven, planned finish dates.",
)
loom_slots = tg.Data("Loom slot assignments", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
frames = tg.Data(
    "Loom camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Video of the cloth at the fell; a weaver's hands or arm are sometimes in view.",
)
verdict = tg.Data("Defect verdict", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
stop_command = tg.Data(
    "Loom stop command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
restart = tg.Data("Loom restart", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
alert = tg.Data("Defect alert", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
loom_events = tg.Data(
    "Loom stops and metres woven", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
defect_images = tg.Data("Flagged defect images", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
defect_labels = tg.Data(
    "Weaver defect labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Confirmed or dismissed, with the defect type (broken end, float, slub...).",
)
training_set = tg.Data(
    "Labelled defect images", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data("Defect detector weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Trade buyers: any business can open a trade account on the website.
    buyer = tm.add(tg.Actor("Trade customer", role="trade buyer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose hosted chat model the order agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Mill cloud tenancy", trust=tg.Trust.INTERNAL):
    # The chat widget's backend on the trade website, behind the trade account sign-in.
    chat = tm.add(
        tg.Endpoint(
            "Trade chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="trade account e-mail and password")},
        )
    )
    # The LLM agent that talks with buyers, books provisional orders and quotes weaving dates.
    agent = tm.add(
        tg.Agent(
            "Order agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="sales clerk",
                    note="new orders and changes to confirmed orders stay provisional "
                    "until the sales clerk confirms them in the back office",
                )
            },
        )
    )
    # Reads a buyer's orders and writes provisional orders and changes.
    order_tool = tm.add(
        tg.Tool(
            "Order book tool",
            capabilities={"read", "write"},
            description="Looks up orders by order number and creates or amends provisional orders.",
        )
    )
    # Reads the weaving schedule to say when an order's cloth will be woven.
    schedule_tool = tm.add(tg.Tool("Weaving schedule tool", capabilities={"read"}))
    # System of record for trade accounts, buyer contacts and orders.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={orders},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Loom plan kept up to date by the office and by the shed's loom events.
    schedule_db = tm.add(tg.DataStore("Weaving schedule store", stores={schedule}))

with tm.boundary("Mill office", trust=tg.Trust.INTERNAL):
    # Confirms provisional orders and slots them onto looms.
    clerk = tm.add(tg.Actor("Sales clerk", role="sales office"))

with tm.boundary("Weaving shed network", trust=tg.Trust.INTERNAL):
    # One camera per loom, looking at the cloth as it is woven.
    cameras = tm.add(tg.Device("Loom cameras", fleet=True))
    # Edge box that decodes the streams, calls the detector and trips looms.
    vision = tm.add(
        tg.Service(
            "Defect vision service",
            description="Runs on an edge server in the shed; stops a loom on a serious fault.",
        )
    )
    # In-house detector for weaving faults, trained on the mill's own cloth.
    detector = tm.add(
        tg.Model(
            "Weaving defect detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Flags broken ends, floats, slubs and stains; a serious defect stops the loom.",
        )
    )
    # The retrofitted controller on each loom that drives its stop motion.
    plcs = tm.add(
        tg.Device(
            "Loom PLCs",
            fleet=True,
            controls={
                c.SafetyLimits(
                    limits="the vision service can only trip the loom's stop circuit; "
                    "a restart needs the weaver at the loom panel"
                )
            },
        )
    )
    # Weavers mind the looms, clear faults and confirm or dismiss flagged defects.
    weaver = tm.add(tg.Actor("Weaver", role="weaver"))
    # Images of flagged defects with the weavers' labels, kept for retraining.
    archive = tm.add(tg.DataStore("Defect image archive", stores={defect_images, defect_labels}))
    # Occasional retraining on the shed workstation, copied to the edge box by hand.
    retraining = tm.add(tg.Pipeline("Defect detector retraining", stage=tg.Stage.TRAINING))

# ---------------------------------------------------------------- flows
# Trade orders
tm.flow(buyer, chat, enquiry, protocol="https")
tm.flow(chat, buyer, reply, protocol="https")
tm.flow(chat, agent, enquiry)
tm.flow(agent, chat, reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, order_tool, order_call)
tm.flow(order_tool, agent, order_result)
tm.flow(order_tool, order_db, orders, label="provisional orders")
tm.flow(order_db, order_tool, orders)
tm.flow(agent, schedule_tool, schedule_call)
tm.flow(schedule_tool, agent, delivery_estimate)
tm.flow(schedule_db, schedule_tool, schedule)
tm.flow(order_db, clerk, orders, protocol="https", label="provisional orders to confirm")
tm.flow(clerk, order_db, orders, protocol="https", label="confirms orders")
tm.flow(clerk, schedule_db, loom_slots, protocol="https")

# Weaving shed
tm.flow(cameras, vision, frames, protocol="rtsp")
tm.flow(vision, detector, frames)
tm.flow(detector, vision, verdict)
tm.flow(vision, plcs, stop_command, protocol="modbus")
tm.flow(vision, weaver, alert, label="on the loom-side display")
tm.flow(weaver, plcs, restart, label="at the loom panel")
tm.flow(vision, archive, defect_images)
tm.flow(weaver, archive, defect_labels, label="on the loom-side touchscreen")
tm.flow(vision, schedule_db, loom_events, protocol="https")
tm.flow(archive, retraining, training_set)
tm.flow(retraining, detector, weights, label="copied to the edge box by hand")
