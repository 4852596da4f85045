"""Brewery taproom self-pour kiosk with camera age estimation: the first design.

Customers get a pour card at the bar, tap it on a self-pour kiosk and pick a beer.
The kiosk camera sends a frame of the customer's face to an age check service on
the taproom edge box, which runs a vendor-licensed age estimation model locally.
Under Challenge 25 a confident estimate well over 25 unlocks the tap; anything
else, including no estimate at all, keeps it locked and alerts the bar tablet,
where bar staff check photo ID in person and approve or refuse the pour,
overriding the model. Outcomes and overrides go to an age check log the manager
reviews on the bar tablet. Pours are charged to the card's tab in our cloud tab
service. Face frames are discarded once estimated; staff sign in with their own
PIN; kiosks call the tab service with a per-kiosk API key over TLS, but talk to
the edge box over plain HTTP on the taproom LAN. Vendor weight updates are
downloaded over HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Taproom self-pour age verification",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Self-pour kiosks that estimate a customer's age from a camera frame, "
    "ask bar staff to check ID when unsure, and charge pours to a card tab.",
)

# ---------------------------------------------------------------- data assets
face_frame = tg.Data(
    "Customer face frame",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="A cropped still of the face in front of the kiosk camera.",
)
pour_request = tg.Data(
    "Pour request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pour card number, tap and beer chosen.",
)
age_estimate = tg.Data(
    "Age estimate",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Estimated age and the model's confidence.",
)
check_result = tg.Data(
    "Age check result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Unlocked, ID needed, or refused, for one pour request.",
)
id_alert = tg.Data(
    "ID check alert",
    sensitivity=tg.Sensitivity.PII,
    description="Which tap needs an ID check, with the estimate.",
)
staff_override = tg.Data(
    "Staff override",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Approve or refuse after seeing ID, with the staff member's name.",
)
photo_id = tg.Data("Customer photo ID", kind="documents", sensitivity=tg.Sensitivity.PII)
staff_pin = tg.Data("Staff PIN", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
pour_unlock = tg.Data("Pour unlock", sensitivity=tg.Sensitivity.INTERNAL)
poured_volume = tg.Data("Poured volume", sensitivity=tg.Sensitivity.INTERNAL)
pour_charge = tg.Data(
    "Pour charge",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Card number, beer and volume poured.",
)
tab = tg.Data(
    "Card tab",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per pour card: prepaid balance, pours so far and the volume allowance.",
)
check_log = tg.Data(
    "Age check log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Time, tap, estimate, outcome, staff override and who made it; no images.",
)
model_weights = tg.Data(
    "Age estimation weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Taproom floor", trust=tg.Trust.UNTRUSTED):
    # Anyone who walks in, under-18s included.
    customer = tm.add(tg.Actor("Customer", role="taproom customer"))

with tm.boundary("Taproom network", trust=tg.Trust.INTERNAL):
    # Touchscreen, camera and card reader at each tap wall.
    kiosk = tm.add(
        tg.Device(
            "Self-pour kiosk",
            fleet=True,
            description="One per tap wall; camera, card reader and touchscreen.",
        )
    )
    # Solenoid and flow meter behind each tap, wired to its kiosk.
    pour_controller = tm.add(
        tg.Device(
            "Tap pour controller",
            fleet=True,
            description="Opens the tap for one pour and reports the volume measured.",
        )
    )
    # Decides for each pour request whether the tap may open.
    age_service = tm.add(
        tg.Service(
            "Age check service",
            description="Runs on the taproom edge box; applies the Challenge 25 threshold "
            "to the model's estimate and takes staff overrides.",
            controls={
                c.FailClosed(
                    fallback="no face, low confidence or a model error counts as unsure: "
                    "the tap stays locked and staff are asked to check ID"
                ),
                c.DataMinimization(note="face frames are held in memory only and discarded"),
                c.AuditLogging(note="every outcome and staff override, with the staff member"),
            },
        )
    )
    # The vendor's model, run locally on the edge box.
    age_model = tm.add(
        tg.Model(
            "Age estimation model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Vendor-licensed face age estimator; returns an age and a confidence.",
        )
    )
    # The record the licence holder keeps of checks and refusals.
    log_store = tm.add(tg.DataStore("Age check log store", stores={check_log}))
    # Where staff see ID alerts and record their decision.
    bar_tablet = tm.add(
        tg.Device(
            "Bar tablet",
            fleet=False,
            description="Behind the bar; shows ID alerts, takes overrides, shows the check log.",
            controls={c.Authentication(method="individual staff PIN")},
        )
    )
    # Check ID in person and can approve or refuse any pour.
    bar_staff = tm.add(tg.Actor("Bar staff", role="bar staff"))
    # Reviews the check log for the licence.
    manager = tm.add(tg.Actor("Taproom manager", role="manager", privileged=True))

with tm.boundary("Brewery cloud", trust=tg.Trust.INTERNAL):
    # Keeps each pour card's tab and charges pours to it.
    tab_service = tm.add(
        tg.Service(
            "Tab service",
            description="Validates pour cards and charges each pour to the card's tab.",
            controls={
                c.Authentication(method="per-kiosk API key"),
                c.PolicyEnforcement(rules="refuses pours past the card's volume allowance"),
            },
        )
    )
    # Balances and pour history per card.
    tab_db = tm.add(
        tg.DataStore(
            "Tab database",
            stores={tab},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # Publishes new versions of the age estimation weights.
    vendor_updates = tm.add(
        tg.ExternalService("Model vendor update server", provides=tg.ExternalCategory.MODEL_HUB)
    )

# ---------------------------------------------------------------- flows
# Asking for a pour
tm.flow(customer, kiosk, pour_request, label="taps card and picks a beer at the kiosk")
tm.flow(customer, kiosk, face_frame, label="kiosk camera")
tm.flow(kiosk, tab_service, pour_request, protocol="https")
tm.flow(tab_service, tab_db, tab)
tm.flow(tab_db, tab_service, tab)
tm.flow(tab_service, kiosk, tab, protocol="https", label="card valid, allowance left")

# Age check
tm.flow(kiosk, age_service, face_frame, pour_request, protocol="http")
tm.flow(age_service, age_model, face_frame)
tm.flow(age_model, age_service, age_estimate)
tm.flow(age_service, kiosk, check_result, protocol="http")
tm.flow(kiosk, customer, check_result, label="on the kiosk screen")
tm.flow(age_service, log_store, check_log)

# Staff ID check and override
tm.flow(age_service, bar_tablet, id_alert, protocol="http")
tm.flow(bar_tablet, bar_staff, id_alert, label="alert on the tablet")
tm.flow(customer, bar_staff, photo_id, label="shows ID in person")
tm.flow(bar_staff, bar_tablet, staff_pin, staff_override)
tm.flow(bar_tablet, age_service, staff_override, protocol="http")

# Pouring and charging
tm.flow(kiosk, pour_controller, pour_unlock, protocol="serial")
tm.flow(pour_controller, kiosk, poured_volume, protocol="serial")
tm.flow(kiosk, tab_service, pour_charge, protocol="https")

# Log review
tm.flow(manager, bar_tablet, staff_pin, label="opens the check log")
tm.flow(log_store, age_service, check_log)
tm.flow(age_service, bar_tablet, check_log, protocol="http")
tm.flow(bar_tablet, manager, check_log, label="check log screen")

# Model updates
tm.flow(vendor_updates, age_service, model_weights, protocol="https", label="weight updates")
tm.flow(age_service, age_model, model_weights, label="loads new weights")
