"""Scrap metal yard load grading: the first design, before any security review.

Sellers drive loaded trucks onto the weighbridge at our UK yard. Overhead cameras
photograph each load and the scale-house terminal sends the photos with the weight
to our grading service in the company cloud, which calls a grading model hosted by
a vision vendor. The model returns the metal mix and a contamination estimate; the
service prices the load from the yard's price list and the terminal prints the
ticket. The law requires us to identify every seller, so the weighbridge operator
scans the seller's ID document into the seller register, and payment goes out by
bank transfer. Operators can override the grade, and a seller can dispute it at the
counter; disputed loads are exported weekly to the vendor, who retrains on them.
Controls: staff sign in to the terminal, TLS to the cloud, bank and vendor, an API
key for the vendor kept in the cloud secrets manager, encryption and role-based
access on the seller register, and an audit log of every ticket and override.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Scrap metal yard load grading",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="A vendor vision model grades each truck load; the grade sets the price paid.",
)

# ---------------------------------------------------------------- data assets
id_document = tg.Data("Seller ID document", sensitivity=tg.Sensitivity.PII, kind="media")
id_scan = tg.Data(
    "ID document scan",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
seller_identity = tg.Data(
    "Seller identity record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, address, vehicle registration, ID number, as the law requires.",
)
bank_details = tg.Data("Seller bank details", sensitivity=tg.Sensitivity.PII, kind="records")
load_photos = tg.Data(
    "Load photos",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="media",
    description="Overhead shots of the open truck bed; the cab and plate are often in frame.",
)
weight = tg.Data("Weighbridge weight", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
grade = tg.Data(
    "Load grade and contamination estimate",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
price_offer = tg.Data("Priced grade", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
override = tg.Data("Grade override", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
prices = tg.Data("Metal price list", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
ticket = tg.Data(
    "Weighbridge ticket",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Seller, vehicle, weight, grade, override, price: the legal transaction record.",
)
payment = tg.Data("Seller payment instruction", sensitivity=tg.Sensitivity.PII, kind="records")
disputed = tg.Data(
    "Disputed load examples",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="training-data",
    description="Photos of disputed loads with the grade the operator settled on.",
)
vendor_model = tg.Data(
    "Vendor grading model", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-artifact"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Yard gate", trust=tg.Trust.UNTRUSTED):
    # The person selling the load; anyone can drive in with scrap.
    seller = tm.add(tg.Actor("Seller", role="scrap seller"))

with tm.boundary("Yard site network", trust=tg.Trust.INTERNAL):
    # Overhead cameras over the weighbridge photograph each load as it stops.
    cameras = tm.add(tg.Device("Weighbridge cameras", fleet=True))
    # Desk scanner in the scale house for the seller's passport or driving licence.
    scanner = tm.add(tg.Device("ID document scanner", fleet=False))
    # Scale-house application: reads the weight, collects photos and ID, prints tickets.
    terminal = tm.add(
        tg.Service(
            "Scale-house terminal",
            description="Windows PC application at the weighbridge window.",
            controls={c.Authentication(method="individual staff username and password")},
        )
    )
    # Weighbridge operator: scans ID, checks the load, may override the grade.
    operator = tm.add(tg.Actor("Weighbridge operator", role="yard staff"))
    # Yard manager sets the price per tonne for each grade every morning.
    manager = tm.add(tg.Actor("Yard manager", role="manager", privileged=True))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Sends photos to the vendor, prices the returned grade, records the outcome.
    grading = tm.add(
        tg.Service(
            "Grading service",
            controls={
                c.SecretsManagement(note="vendor API key in the cloud secrets manager"),
                c.Contestability(
                    note="a seller can dispute the grade at the counter; the operator "
                    "re-inspects the load and can override it"
                ),
            },
        )
    )
    # Price per tonne for each grade, kept by the yard manager.
    price_list = tm.add(tg.DataStore("Metal price list", stores={prices}))
    # Legal record of every transaction, kept for the statutory period.
    tickets_db = tm.add(
        tg.DataStore(
            "Transaction records",
            stores={ticket, load_photos, grade, override},
            controls={c.AuditLogging()},
        )
    )
    # Who sold what: identity and ID scans the law requires, plus bank details.
    register = tm.add(
        tg.DataStore(
            "Seller register",
            stores={seller_identity, id_scan, bank_details},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Weekly job that bundles disputed loads for the vendor.
    export = tm.add(tg.Pipeline("Disputed load export", stage=tg.Stage.INGESTION))

with tm.boundary("Vision vendor", trust=tg.Trust.PARTNER):
    # The vendor's hosted model: metal mix and contamination from load photos.
    model = tm.add(
        tg.Model(
            "Load grading model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            description="Returns grade mix percentages, contamination and a confidence.",
            controls={c.SupplierAssessment(note="procurement review of the vendor contract")},
        )
    )
    # Vendor's store of customer-supplied examples for retraining.
    vendor_data = tm.add(tg.Dataset("Vendor training set", stores={disputed}))
    # Vendor retrains the grading model and redeploys it behind the same API.
    retraining = tm.add(tg.Pipeline("Vendor retraining", stage=tg.Stage.TRAINING))

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # Our business bank's payments API: pays sellers by transfer (no cash by law).
    bank = tm.add(tg.ExternalService("Bank payments API"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(seller, scanner, id_document, label="hands over ID")
tm.flow(scanner, terminal, id_scan, protocol="usb")
tm.flow(seller, operator, bank_details, label="gives bank details at the counter")
tm.flow(operator, terminal, seller_identity, bank_details, override)
tm.flow(cameras, terminal, load_photos, protocol="http")

tm.flow(
    terminal, register, seller_identity, id_scan, bank_details, protocol="https", controls={tls}
)
tm.flow(
    register,
    terminal,
    seller_identity,
    protocol="https",
    controls={tls},
    label="returning seller lookup",
)

tm.flow(terminal, grading, load_photos, weight, protocol="https", controls={tls})
tm.flow(
    grading,
    model,
    load_photos,
    protocol="https",
    controls={tls, c.Authentication(method="vendor API key")},
)
tm.flow(model, grading, grade, protocol="https", controls={tls})
tm.flow(manager, price_list, prices, protocol="https", controls={tls})
tm.flow(price_list, grading, prices)
tm.flow(grading, terminal, grade, price_offer, protocol="https", controls={tls})
tm.flow(grading, tickets_db, load_photos, grade)
tm.flow(terminal, tickets_db, ticket, override, protocol="https", controls={tls})
tm.flow(terminal, seller, ticket, label="printed ticket")

tm.flow(terminal, bank, payment, protocol="https", controls={tls})

tm.flow(tickets_db, export, load_photos, override, label="loads with a disputed grade")
tm.flow(
    export, vendor_data, disputed, protocol="sftp", controls={c.EncryptionInTransit(protocol="SSH")}
)
tm.flow(vendor_data, retraining, disputed)
tm.flow(retraining, model, vendor_model, label="redeploy")
