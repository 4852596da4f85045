"""Supermarket key-cutting kiosk: the first design, before any security review.

Self-service kiosks stand in supermarket entrances. A customer places a house,
padlock or car key in the kiosk's key bay; two cameras photograph both faces, and
a vision model running on the kiosk's controller identifies the blank and reads
the cut pattern (the bitting). The customer confirms the order on the
touchscreen and pays by card on a P2PE terminal supplied by our payment provider;
only after an approved payment does the kiosk cut the copy on its built-in
cutting machine. Before cutting, the controller checks the blank and bitting
against a cached list of restricted key patterns (registered and patented
systems, "do not duplicate" keys) that it syncs from our cloud. Each cut is
uploaded as a cut record with its photos. Kiosks talk to the fleet API over
mutual TLS with per-kiosk certificates; operations staff run the fleet,
the restricted list and model releases from a console behind company SSO with MFA.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Supermarket key-cutting kiosk",
    profile=tg.RiskProfile.HIGH,
    frameworks={"pci-dss"},
    description="Self-service kiosks that photograph a key, identify its blank and cut "
    "pattern with a vision model, take card payment and cut a copy.",
)

# ---------------------------------------------------------------- data assets
order = tg.Data(
    "Copy order",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Number of copies, confirmation of the identified key, price accepted.",
)
photos = tg.Data(
    "Key photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Both faces of the customer's key, enough to read its cuts.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
identification = tg.Data(
    "Blank and bitting identification",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Blank reference, cut depths per position and a confidence.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
status = tg.Data(
    "Order status screen",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The identified key, price, payment outcome and progress shown to the customer.",
)
card = tg.Data(
    "Card data",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="PAN, expiry and chip cryptogram read by the terminal.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_request = tg.Data("Payment request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
authorisation = tg.Data(
    "Payment authorisation",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Approved or declined, masked card number and the provider's reference.",
)
cut_job = tg.Data(
    "Cutting job",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Blank to clamp and the cut depths to mill.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
cut_record = tg.Data(
    "Cut record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Kiosk, time, blank, bitting, key photos and payment reference for each cut.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
restricted = tg.Data(
    "Restricted key patterns",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Blanks and bitting ranges of registered and patented key systems "
    "that must not be copied at a kiosk.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
weights = tg.Data(
    "Vision model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Supermarket floor", trust=tg.Trust.UNTRUSTED):
    # Anyone walking into the supermarket with a key.
    customer = tm.add(tg.Actor("Customer", role="shopper"))

with tm.boundary("Kiosk", trust=tg.Trust.INTERNAL):
    # Photograph the key in the bay under fixed lighting.
    cameras = tm.add(
        tg.Device("Key bay cameras", description="Two fixed cameras, one per key face.")
    )
    # The kiosk's computer: touchscreen UI, orchestration, restricted-pattern check.
    controller = tm.add(
        tg.Service(
            "Kiosk controller",
            description="Industrial PC in the kiosk running the touchscreen app, "
            "the vision model and the cutting sequence.",
            controls={
                tg.controls.PolicyEnforcement(
                    rules="refuses to cut any blank or bitting on the restricted pattern list"
                )
            },
        )
    )
    # Identifies the blank and reads the bitting from the photos.
    vision = tm.add(
        tg.Model(
            "Key blank identification model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="CNN trained on our library of blank photos; below the confidence "
            "threshold the kiosk declines the order.",
        )
    )
    # Clamps the chosen blank and mills the cuts.
    cutter = tm.add(tg.Device("Key cutting machine"))
    # Card reader supplied and managed by the payment provider.
    terminal = tm.add(
        tg.Device(
            "Card payment terminal",
            description="PCI PTS approved contactless and chip terminal with P2PE.",
        )
    )
    # Copy of the restricted list so a kiosk can still check while offline.
    pattern_cache = tm.add(tg.DataStore("Restricted pattern cache", stores={restricted}))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Authorises card payments for the terminals.
    gateway = tm.add(tg.ExternalService("Payment gateway"))

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # The only cloud interface kiosks call.
    fleet_api = tm.add(
        tg.Endpoint(
            "Kiosk fleet API",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="per-kiosk client certificates")},
        )
    )
    # Every cut, kept for disputes and police requests.
    cut_db = tm.add(
        tg.DataStore(
            "Cut records database",
            stores={cut_record},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The master list of key patterns kiosks must refuse.
    restricted_db = tm.add(tg.DataStore("Restricted pattern list", stores={restricted}))
    # Released versions of the vision model for the fleet.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={weights},
            controls={tg.controls.ModelVersioning()},
        )
    )
    # Where operations staff manage kiosks, the restricted list and releases.
    console = tm.add(
        tg.Endpoint(
            "Fleet operations console",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="Microsoft Entra ID SSO with MFA"),
                tg.controls.RBAC(),
                tg.controls.AuditLogging(),
            },
        )
    )

with tm.boundary("Operator office", trust=tg.Trust.INTERNAL):
    # Run the fleet, maintain the restricted list and release new models.
    ops = tm.add(tg.Actor("Operations staff", role="operations engineer", privileged=True))

# ---------------------------------------------------------------- flows
# At the kiosk.
tm.flow(customer, controller, order, label="touchscreen")
tm.flow(cameras, controller, photos, protocol="usb")
tm.flow(controller, vision, photos)
tm.flow(vision, controller, identification)
tm.flow(pattern_cache, controller, restricted, label="restricted check before payment")
tm.flow(controller, customer, status, label="touchscreen")

# Payment.
tm.flow(controller, terminal, payment_request, protocol="usb")
tm.flow(customer, terminal, card, label="card tap or chip in person")
tm.flow(terminal, gateway, card, protocol="TLS 1.2", label="P2PE-encrypted card data")
tm.flow(gateway, terminal, authorisation, protocol="TLS 1.2")
tm.flow(terminal, controller, authorisation, protocol="usb")

# Cutting.
tm.flow(controller, cutter, cut_job, protocol="usb")

# Kiosk and cloud.
tm.flow(controller, fleet_api, cut_record, protocol="mtls", label="upload after each cut")
tm.flow(fleet_api, cut_db, cut_record)
tm.flow(restricted_db, fleet_api, restricted)
tm.flow(fleet_api, controller, restricted, protocol="mtls", label="hourly sync")
tm.flow(controller, pattern_cache, restricted)
tm.flow(registry, fleet_api, weights)
tm.flow(fleet_api, controller, weights, protocol="mtls", label="model update")
tm.flow(controller, vision, weights, label="load released model")

# Operations.
tm.flow(ops, console, restricted, protocol="https", label="restricted list changes")
tm.flow(console, restricted_db, restricted)
tm.flow(ops, console, weights, protocol="https", label="model release")
tm.flow(console, registry, weights)
tm.flow(cut_db, console, cut_record)
tm.flow(console, ops, cut_record, protocol="https", label="cut record search")
