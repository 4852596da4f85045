"""Village post office parcel counter agent: the first design, before any security review.

A village shop runs a post office counter. An agent in the app on the counter
tablet, backed by a hosted LLM, helps the shopkeeper and the part-time
assistant with parcels. For drop-offs the customer shows the QR code from the
carrier's app; the tablet scans it, the agent looks up the prepaid booking
through the carrier's parcel API and prints the label on the counter label
printer. For collections a document-reading camera reads the customer's photo
ID, the agent compares the name with the parcel's recipient from the carrier,
and the member of staff checks the photo against the face before handing the
parcel over. Every drop-off and collection is written to a parcel log on the
tablet, where the carrier API key is also kept. Staff open the app with a
shared counter PIN; the ID image itself is not kept, only the fields read from
it, and carrier calls go over TLS with a per-branch API key.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Village post office parcel counter agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Counter-tablet agent that books parcel drop-offs from QR codes, checks photo ID "
    "for collections and prints carrier labels.",
)

# ---------------------------------------------------------------- data assets
booking_qr = tg.Data(
    "Booking QR code",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The carrier's booking reference for a prepaid parcel.",
)
collection_code = tg.Data(
    "Collection notice code",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Code from the carrier's 'ready to collect' message.",
)
staff_instruction = tg.Data(
    "Counter instruction", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
screen_output = tg.Data("Counter screen", kind="model-output", sensitivity=tg.Sensitivity.PII)
booking_details = tg.Data(
    "Booking details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Sender and recipient names and addresses, parcel size and service.",
)
collection_record = tg.Data(
    "Parcel collection record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Recipient name and the parcel held at this branch for them.",
)
photo_id = tg.Data(
    "Photo ID document image",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Passport or driving licence placed under the document camera.",
)
id_fields = tg.Data(
    "Extracted ID fields",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Name, document type, expiry date and the last digits of the document number.",
)
llm_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_completion = tg.Data("Agent completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_call = tg.Data("Tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
label_request = tg.Data("Label request", kind="records", sensitivity=tg.Sensitivity.PII)
shipping_label = tg.Data(
    "Shipping label",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Label with the recipient's address and the tracking barcode.",
)
tracking_number = tg.Data(
    "Tracking number", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
parcel_log = tg.Data(
    "Parcel log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Drop-offs and collections with names, tracking numbers and ID check outcome.",
)
carrier_key = tg.Data("Carrier API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Shop floor", trust=tg.Trust.UNTRUSTED):
    # Anyone who walks in with a parcel to send or to collect.
    customer = tm.add(tg.Actor("Customer", role="post office customer"))

with tm.boundary("Carrier", trust=tg.Trust.PARTNER):
    # The parcel carrier's API: bookings, collections and label generation.
    carrier = tm.add(
        tg.ExternalService(
            "Carrier parcel API",
            description="Looks up prepaid bookings and parcels held for collection, issues labels.",
            controls={c.Authentication(method="per-branch API key")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model that drives the counter agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Shop counter", trust=tg.Trust.INTERNAL):
    # The shopkeeper or assistant serving at the counter.
    staff = tm.add(tg.Actor("Counter staff", role="shop assistant"))
    # The tablet staff use; its camera scans customers' QR codes.
    tablet = tm.add(
        tg.Device(
            "Counter tablet",
            fleet=False,
            controls={c.Authentication(method="shared counter PIN")},
        )
    )
    # Guides the transaction and calls the tools for each step.
    agent = tm.add(
        tg.Agent(
            "Counter agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="counter staff",
                    note="staff compare the ID photo with the customer before handing over a parcel",
                )
            },
        )
    )
    # Looks up drop-off bookings and parcels awaiting collection with the carrier.
    booking_tool = tm.add(
        tg.Tool(
            "Booking lookup tool", capabilities={"read", "network-egress"}, origin="first-party"
        )
    )
    # USB camera that reads the text and machine-readable zone of an ID document.
    doc_camera = tm.add(tg.Device("Document-reading camera", fleet=False))
    # Takes the camera's reading and returns the fields for the name match.
    id_tool = tm.add(
        tg.Tool(
            "ID check tool",
            capabilities={"read"},
            origin="first-party",
            controls={c.DataMinimization(note="the document image is discarded after reading")},
        )
    )
    # Asks the carrier for the label and sends it to the printer.
    label_tool = tm.add(
        tg.Tool(
            "Label printing tool",
            capabilities={"write", "network-egress"},
            origin="first-party",
        )
    )
    # Thermal printer on the counter.
    printer = tm.add(tg.Device("Label printer", fleet=False))
    # On-tablet record of every drop-off and collection, and the carrier API key.
    log = tm.add(
        tg.DataStore(
            "Parcel log",
            stores={parcel_log, carrier_key},
            controls={c.EncryptionAtRest(key_management="tablet's built-in device encryption")},
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# at the counter
tm.flow(customer, tablet, booking_qr, collection_code, label="QR scanned by tablet camera")
tm.flow(customer, doc_camera, photo_id, label="ID placed under camera")
tm.flow(staff, tablet, staff_instruction)
tm.flow(tablet, staff, screen_output)
tm.flow(tablet, agent, booking_qr, collection_code, staff_instruction)
tm.flow(agent, tablet, screen_output)

# the agent and its model
tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_completion, protocol="https", controls={tls})

# drop-offs and collections with the carrier
tm.flow(agent, booking_tool, tool_call)
tm.flow(log, booking_tool, carrier_key)
tm.flow(
    booking_tool,
    carrier,
    booking_qr,
    collection_code,
    carrier_key,
    protocol="https",
    controls={tls},
)
tm.flow(carrier, booking_tool, booking_details, collection_record, protocol="https", controls={tls})
tm.flow(booking_tool, agent, booking_details, collection_record)

# ID check for collections
tm.flow(agent, id_tool, tool_call)
tm.flow(doc_camera, id_tool, photo_id, protocol="usb")
tm.flow(id_tool, agent, id_fields)

# labels
tm.flow(agent, label_tool, label_request)
tm.flow(log, label_tool, carrier_key)
tm.flow(label_tool, carrier, label_request, carrier_key, protocol="https", controls={tls})
tm.flow(carrier, label_tool, shipping_label, tracking_number, protocol="https", controls={tls})
tm.flow(label_tool, printer, shipping_label, protocol="usb")
tm.flow(label_tool, agent, tracking_number)
tm.flow(printer, customer, shipping_label, label="label stuck on the parcel")

# the record
tm.flow(agent, log, parcel_log)
tm.flow(log, agent, parcel_log, label="today's transactions")
