"""Brewery taproom age-check camera: the first design, before any security review.

Our taproom chain (UK, Challenge 25) runs self-pour tap walls. Customers buy a
prepaid RFID card at the bar, where staff load credit on it through the bar POS;
balances live in a card account service in the head-office cloud. A camera above
each tap wall streams frames to an edge box in the taproom, which runs an age
estimation model supplied and remotely updated by a vendor. If the model thinks
the customer looks over 25, the edge box tells the tap wall controller to unlock
taps for the card just tapped; otherwise the tap wall asks staff to check photo
ID, and a staff member confirms on the panel before it unlocks. Frames are
processed in memory on the edge box and never stored. The edge box sends hourly
aggregate counts (checks, ID referrals) to a head-office dashboard behind SSO.
Cloud links use HTTPS; the camera stream and the tap wall link are plain LAN
protocols on the taproom network.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Brewery taproom age-check camera",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Camera age estimation gating self-pour taps, with staff ID checks as fallback.",
)

# ---------------------------------------------------------------- data assets
face_frames = tg.Data(
    "Customer face frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Video frames of the person standing at the tap wall.",
)
age_estimate = tg.Data("Over-25 estimate", kind="model-output", sensitivity=tg.Sensitivity.PII)
age_result = tg.Data(
    "Age check result",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pass, or refer to staff for ID, for the current tap wall session.",
)
card_id = tg.Data("RFID card ID", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
id_prompt = tg.Data("ID check request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
staff_confirmation = tg.Data(
    "Staff ID confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
top_up = tg.Data("Card top-up", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
balance_check = tg.Data(
    "Card balance authorisation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
pour_records = tg.Data("Pour records", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
card_ledger = tg.Data(
    "Prepaid card ledger",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
stats = tg.Data(
    "Aggregate age-check statistics", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
model_update = tg.Data(
    "Age model update",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="New model weights and thresholds pushed by the vendor.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Taproom floor", trust=tg.Trust.UNTRUSTED):
    # Walk-in customers; anyone can stand in front of the camera and hold a card.
    customer = tm.add(tg.Actor("Customer", role="taproom customer"))

with tm.boundary("Taproom network", trust=tg.Trust.INTERNAL):
    # Bar staff sell and load cards and do the ID checks the camera refers.
    bar_staff = tm.add(tg.Actor("Bar staff", role="bar staff"))
    # One camera per tap wall, across every taproom in the chain.
    camera = tm.add(
        tg.Device("Tap wall camera", fleet=True, description="IP camera above the tap wall.")
    )
    # Reads the customer's prepaid card when they start a pour session.
    rfid_reader = tm.add(tg.Device("Tap wall RFID reader", fleet=True))
    # Per-site box that receives the camera stream and runs the age model.
    edge_box = tm.add(
        tg.Service(
            "Age check edge box",
            description="Runs inference on frames in memory and forwards only the result.",
            controls={c.DataMinimization(note="frames are never written to disk or sent off-site")},
        )
    )
    # The vendor's age estimation model, deployed on the edge box.
    age_model = tm.add(
        tg.Model(
            "Age estimation model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Vendor-trained weights run locally; answers whether the face looks over 25.",
        )
    )
    # Unlocks the taps for a card once the age check has passed or staff confirm ID.
    tap_controller = tm.add(
        tg.Device(
            "Tap wall controller",
            fleet=True,
            description="Drives the tap solenoids and the customer/staff panel.",
            controls={
                c.HumanInTheLoop(
                    approver="bar staff, after checking photo ID, when the camera refers"
                )
            },
        )
    )
    # Where staff take payment and load credit onto prepaid cards.
    pos = tm.add(tg.Service("Bar POS terminal", controls={c.Authentication(method="staff PIN")}))

with tm.boundary("Head office cloud", trust=tg.Trust.INTERNAL):
    # Holds card balances; tap walls ask it before each pour and report pours.
    card_service = tm.add(
        tg.Service(
            "Card account service",
            controls={c.Authentication(method="per-site API key")},
        )
    )
    # Ledger of prepaid balances, top-ups and pours.
    ledger = tm.add(
        tg.DataStore(
            "Card ledger database",
            stores={card_ledger, pour_records},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Dashboard of age-check counts per taproom for operations and compliance.
    dashboard = tm.add(
        tg.Service(
            "Head office dashboard",
            controls={c.Authentication(method="Microsoft 365 SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Reviews referral rates and licensing compliance across sites.
    ops_manager = tm.add(tg.Actor("Operations manager", role="operations manager"))

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # The vendor's update service pushes new model versions to every edge box.
    vendor_updates = tm.add(tg.ExternalService("Vendor model update service"))

# ---------------------------------------------------------------- flows
tm.flow(customer, camera, face_frames, label="stands at the tap wall")
tm.flow(camera, edge_box, face_frames, protocol="rtsp")
tm.flow(edge_box, age_model, face_frames)
tm.flow(age_model, edge_box, age_estimate)
tm.flow(edge_box, tap_controller, age_result, protocol="http")

tm.flow(customer, rfid_reader, card_id, label="taps card on the panel")
tm.flow(rfid_reader, tap_controller, card_id, protocol="usb")
tm.flow(tap_controller, card_service, card_id, protocol="https")
tm.flow(card_service, tap_controller, balance_check, protocol="https")
tm.flow(tap_controller, card_service, pour_records, protocol="https")
tm.flow(card_service, ledger, pour_records, top_up)
tm.flow(ledger, card_service, card_ledger)

tm.flow(tap_controller, bar_staff, id_prompt, label="alert on the panel")
tm.flow(bar_staff, tap_controller, staff_confirmation, label="staff card tapped on the panel")

tm.flow(bar_staff, pos, top_up, label="at the counter")
tm.flow(pos, card_service, top_up, protocol="https")
tm.flow(card_service, pos, balance_check, protocol="https")

tm.flow(edge_box, dashboard, stats, protocol="https")
tm.flow(dashboard, ops_manager, stats, protocol="https")

tm.flow(vendor_updates, edge_box, model_update, protocol="https")
tm.flow(edge_box, age_model, model_update, label="loads new version")
