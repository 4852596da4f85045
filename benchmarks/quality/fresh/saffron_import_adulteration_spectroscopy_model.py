"""Saffron lot adulteration screening: the first design, before any security review.

A spice importer tests every incoming saffron lot in its warehouse. A QC technician
scans the lot label and takes readings with a handheld NIR spectrometer, which sends
them over the warehouse Wi-Fi to a lot testing service on the QC server. A classifier
supplied by the spectrometer vendor labels the lot genuine or adulterated: genuine lots
are released in the warehouse management system, adulterated ones are put on hold.
The QC manager confirms each rejection in the QC dashboard, which then marks the lot
rejected and e-mails the supplier a rejection notice. Suppliers upload a certificate of
analysis for each shipment to a supplier portal. The vendor pushes new model versions
to an update agent on the QC server; the previous version is kept for rollback.
Customs may ask for a lot's test records; the QC manager exports them from the
dashboard and they go out by e-mail. Dashboard sign-in uses company SSO with MFA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Saffron import adulteration screening",
    profile=tg.RiskProfile.HIGH,
    description="Handheld spectroscopy and a vendor classifier screen saffron lots for adulteration.",
)

# ---------------------------------------------------------------- data assets
lot_scan = tg.Data("Lot label scan", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
readings = tg.Data(
    "Spectral readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="NIR spectra of a sample from the lot, with the lot number and device id.",
)
verdict = tg.Data(
    "Adulteration verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
test_record = tg.Data(
    "Lot test record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Readings, verdict, model version, technician and date for one lot.",
)
coa = tg.Data(
    "Certificate of analysis",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The supplier's lab certificate (PDF) for one shipment.",
)
lot_status = tg.Data("Lot QC status", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
rejection = tg.Data(
    "Rejection confirmation", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
notice = tg.Data(
    "Rejection notice",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Lot number, shipment, verdict and test summary, sent to the supplier contact.",
)
supplier_contacts = tg.Data(
    "Supplier contact details", sensitivity=tg.Sensitivity.PII, kind="records"
)
model_package = tg.Data(
    "Classifier model package",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
customs_request = tg.Data(
    "Customs records request", sensitivity=tg.Sensitivity.INTERNAL, kind="documents"
)
customs_export = tg.Data(
    "Customs records export",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Test records and certificates for the lots customs asked about.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Saffron growers and traders who ship to us; they upload certificates and get notices.
    supplier = tm.add(tg.Actor("Supplier", role="supplier"))

with tm.boundary("Customs authority", trust=tg.Trust.PARTNER):
    # The customs officer who may ask for the records behind an import.
    customs = tm.add(tg.Actor("Customs officer", role="customs authority"))

with tm.boundary("Spectrometer vendor", trust=tg.Trust.PARTNER):
    # The vendor's update server that pushes new classifier versions to us.
    vendor_updates = tm.add(
        tg.ExternalService(
            "Vendor model update server",
            provides=tg.ExternalCategory.MODEL_HUB,
            controls={
                c.SupplierAssessment(note="vendor vetted when the spectrometers were bought")
            },
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Hosted mail service that delivers notices and exports, and receives customs mail.
    mail = tm.add(tg.ExternalService("E-mail service"))

with tm.boundary("Warehouse floor", trust=tg.Trust.INTERNAL):
    # Goods-in staff who sample each lot and run the scan.
    technician = tm.add(tg.Actor("QC technician", role="warehouse QC staff"))
    # Handheld NIR units on the warehouse Wi-Fi; they show the verdict after a scan.
    spectrometer = tm.add(
        tg.Device(
            "Handheld NIR spectrometer",
            fleet=True,
            description="Three handheld units; scan the lot label and take the spectra.",
        )
    )

with tm.boundary("QC server", trust=tg.Trust.INTERNAL):
    # Receives each scan, asks the classifier, records the result, sets the lot status.
    lot_service = tm.add(
        tg.Service(
            "Lot testing service",
            controls={c.InputValidation(note="checks spectrum length and wavelength range")},
        )
    )
    # The vendor's classifier, run locally on the QC server.
    classifier = tm.add(
        tg.Model(
            "Saffron adulteration classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Vendor-trained weights; labels a lot genuine or adulterated.",
        )
    )
    # Where the installed classifier versions are kept.
    model_store = tm.add(
        tg.ModelRegistry(
            "Local model store",
            stores={model_package},
            controls={c.ModelVersioning(note="previous version kept for rollback")},
        )
    )
    # Pulls the vendor's new model package and installs it.
    update_agent = tm.add(tg.Pipeline("Model update agent", stage=tg.Stage.DEPLOYMENT))
    # Every lot's test record, certificate and disposition.
    qc_db = tm.add(
        tg.DataStore(
            "QC records database",
            stores={test_record, coa, rejection, supplier_contacts},
            controls={c.DataVersioning(note="nightly backups")},
        )
    )
    # Web dashboard where the QC manager reviews results and confirms rejections.
    dashboard = tm.add(
        tg.Endpoint(
            "QC dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.HumanInTheLoop(
                    approver="QC manager",
                    note="confirms every rejection before the notice goes out",
                ),
            },
        )
    )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Public web portal where suppliers upload a certificate for each shipment.
    portal = tm.add(
        tg.Endpoint(
            "Supplier portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="supplier account e-mail and password"),
                c.InputValidation(note="PDF only, 10 MB limit"),
            },
        )
    )
    # The warehouse management system: a held lot cannot be picked or sold.
    wms = tm.add(tg.DataStore("Warehouse management system", stores={lot_status}))

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # Head of quality: confirms rejections and answers customs requests.
    manager = tm.add(tg.Actor("QC manager", role="quality manager"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(technician, spectrometer, lot_scan, label="scans the lot label")
tm.flow(spectrometer, lot_service, lot_scan, readings, protocol="https", controls={tls})
tm.flow(lot_service, classifier, readings)
tm.flow(classifier, lot_service, verdict)
tm.flow(lot_service, spectrometer, verdict, protocol="https", controls={tls})
tm.flow(spectrometer, technician, verdict, label="shown on screen")
tm.flow(lot_service, qc_db, test_record)
tm.flow(lot_service, wms, lot_status, protocol="https", label="release or hold")

tm.flow(supplier, portal, coa, protocol="https", controls={tls})
tm.flow(portal, qc_db, coa)

tm.flow(qc_db, dashboard, test_record, coa, supplier_contacts)
tm.flow(dashboard, manager, test_record, coa, protocol="https", controls={tls})
tm.flow(manager, dashboard, rejection, protocol="https", controls={tls})
tm.flow(dashboard, qc_db, rejection)
tm.flow(dashboard, wms, lot_status, protocol="https", label="mark rejected")
tm.flow(
    dashboard, mail, notice, protocol="smtp", controls={c.EncryptionInTransit(protocol="STARTTLS")}
)
tm.flow(mail, supplier, notice, protocol="smtp")

tm.flow(customs, mail, customs_request, protocol="smtp")
tm.flow(mail, manager, customs_request, protocol="https")
tm.flow(
    manager,
    dashboard,
    customs_request,
    protocol="https",
    controls={tls},
    label="export for customs",
)
tm.flow(
    dashboard,
    mail,
    customs_export,
    protocol="smtp",
    controls={c.EncryptionInTransit(protocol="STARTTLS")},
)
tm.flow(mail, customs, customs_export, protocol="smtp")

tm.flow(vendor_updates, update_agent, model_package, protocol="https", controls={tls})
tm.flow(update_agent, model_store, model_package)
tm.flow(model_store, classifier, model_package, label="load on restart")
