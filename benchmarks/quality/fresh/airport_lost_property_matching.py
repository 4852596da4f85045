"""Airport lost property matching: the first design, before any security review.

Passengers who lost something at the airport report it on the lost-property web
portal, either through a web form (with an optional photo) or through a chat
assistant backed by a hosted LLM that asks follow-up questions and fills in the
report. Lost-property staff log each found item on terminal tablets: photos,
description, where it was found and its storage shelf. A matching service embeds
reports and found items with a self-hosted image-and-text embedding model, searches
a vector index and queues likely pairs for staff. Staff confirm a match in a review
console (airport SSO, roles), check ownership and arrange pickup or courier return;
the passenger is told by e-mail or SMS. The portal sits behind the airport's API
gateway with rate limits and upload checks; reports are deleted after 180 days.
Runs in the airport's EU cloud tenant.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airport lost property matching",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Matches passengers' lost-item reports to found items for lost-property staff to confirm.",
)

# ---------------------------------------------------------------- data assets
lost_report = tg.Data(
    "Lost-item report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone, flight, item description and an optional photo.",
)
chat_message = tg.Data("Passenger chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
chat_prompt = tg.Data(
    "Chat prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the conversation so far and the draft report.",
)
chat_reply = tg.Data(
    "Assistant reply",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The next question, or the finished report as JSON.",
)
report_status = tg.Data("Report status", kind="records", sensitivity=tg.Sensitivity.PII)
found_item = tg.Data(
    "Found-item record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Photos and description; photos may show ID cards, boarding passes or screens.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
item_embeddings = tg.Data("Item embeddings", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL)
candidates = tg.Data("Match candidates", kind="model-output", sensitivity=tg.Sensitivity.PII)
match_decision = tg.Data("Match decision", kind="records", sensitivity=tg.Sensitivity.PII)
notification = tg.Data(
    "Return notification",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pickup instructions or courier tracking link.",
)
shipment = tg.Data(
    "Shipping order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Passenger name, delivery address and parcel details.",
)
tracking = tg.Data("Tracking number", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can file a report, including someone trying to claim another's item.
    passenger = tm.add(tg.Actor("Passenger", role="end user"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Runs the conversational intake so passengers can describe items in their own words.
    chat_llm = tm.add(
        tg.LLM(
            "Chat assistant LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose hosted chat model.",
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends e-mail and SMS to passengers about their items.
    messaging = tm.add(tg.ExternalService("E-mail and SMS provider"))

with tm.boundary("Courier", trust=tg.Trust.PARTNER):
    # Ships returned items to passengers who have left the airport.
    courier = tm.add(tg.ExternalService("Courier booking API"))

with tm.boundary("Airport cloud tenant", trust=tg.Trust.INTERNAL):
    # The passenger-facing web form, chat widget and report status page.
    portal = tm.add(
        tg.Endpoint(
            "Lost-property portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=30, note="API gateway quota per IP"),
                c.InputValidation(note="file type and size checks on photo uploads"),
            },
        )
    )
    # Keeps open lost-item reports until they are matched or expire.
    report_store = tm.add(
        tg.DataStore(
            "Lost report store",
            stores={lost_report},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=180),
            },
        )
    )
    # Register of every item handed in or found, with its shelf location.
    found_register = tm.add(
        tg.DataStore(
            "Found item register",
            stores={found_item},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Embeds new reports and items, searches the index, queues likely pairs.
    matcher = tm.add(tg.Service("Matching service"))
    # Open-weights image-and-text model we host ourselves, so photos stay with us.
    embedder = tm.add(
        tg.Model(
            "Image-text embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="A CLIP-style model that puts photos and descriptions in one space.",
        )
    )
    # Nearest-neighbour search over found-item and report embeddings.
    index = tm.add(tg.VectorStore("Item vector index", stores={item_embeddings}))
    # Where staff see candidate pairs, confirm them and arrange the return.
    console = tm.add(
        tg.Service(
            "Staff review console",
            controls={
                c.Authentication(method="airport SSO"),
                c.RBAC(),
                c.HumanInTheLoop(approver="lost-property staff member"),
            },
        )
    )

with tm.boundary("Terminal staff network", trust=tg.Trust.INTERNAL):
    # Lost-property office staff who log found items and handle returns.
    staff = tm.add(tg.Actor("Lost-property staff", role="airport staff"))
    # Shared tablets used to photograph and log found items at the desk.
    tablets = tm.add(tg.Device("Intake tablets", fleet=True))

# ---------------------------------------------------------------- flows
tm.flow(passenger, portal, lost_report, chat_message, protocol="https")
tm.flow(portal, passenger, chat_reply, report_status, protocol="https")
tm.flow(portal, chat_llm, chat_prompt, protocol="https")
tm.flow(chat_llm, portal, chat_reply, protocol="https")
tm.flow(portal, report_store, lost_report)
tm.flow(report_store, portal, report_status, label="status page")

tm.flow(staff, tablets, found_item, label="photos and description")
tm.flow(tablets, found_register, found_item, protocol="https")

tm.flow(report_store, matcher, lost_report)
tm.flow(found_register, matcher, found_item)
tm.flow(matcher, embedder, lost_report, found_item)
tm.flow(embedder, matcher, item_embeddings)
tm.flow(matcher, index, item_embeddings, label="upsert and query")
tm.flow(index, matcher, candidates, label="nearest neighbours")
tm.flow(matcher, console, candidates)

tm.flow(console, staff, candidates, protocol="https")
tm.flow(staff, console, match_decision, protocol="https")
tm.flow(console, report_store, match_decision, label="mark matched")
tm.flow(console, found_register, match_decision, label="mark claimed")
tm.flow(console, messaging, notification, protocol="https")
tm.flow(messaging, passenger, notification, label="e-mail and SMS")
tm.flow(console, courier, shipment, protocol="https")
tm.flow(courier, console, tracking, protocol="https")
