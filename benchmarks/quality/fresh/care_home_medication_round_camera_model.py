"""Care home medication-round camera check: the first design, before any security review.

A care home group fits a small USB camera to each medication trolley. On the round
the carer picks the resident on the trolley tablet and pops the dose from the blister
pack under the camera; the tablet sends the frames to a medication check service in
the group's cloud tenancy, where an in-house pill recognition model identifies each
pill and the service compares it with the resident's medication record. A mismatch
(wrong pill, wrong count, wrong time) shows as a warning on the tablet before the dose
is given; the carer then records the dose as given or withheld. The pharmacy supplier
sends medication records electronically by SFTP. Nurses review warnings and near-misses
on a web dashboard behind the group's SSO; a monthly job writes a summary for each
resident that families read in the family app after signing in with e-mail and password.
Tablets are MDM-enrolled and reach the service over mutual TLS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Care home medication-round camera check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="A vision model on each medication trolley checks pills against the "
    "resident's medication record and warns the carer before the dose is given.",
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Blister pack and pill images",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Frames of the pills in the carer's hand over the pack; the resident or "
    "their room can be in the background.",
)
round_selection = tg.Data(
    "Resident and pack selection",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Resident picked on the tablet and the pack barcode scanned.",
)
mar = tg.Data(
    "Medication administration records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Each resident's prescribed medicines, doses, times and pack layout.",
)
pill_ids = tg.Data(
    "Pill identifications", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
warning = tg.Data(
    "Dose mismatch warning",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Match or mismatch, with the expected and the recognised pills.",
)
dose_record = tg.Data(
    "Dose given or withheld record", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
events = tg.Data(
    "Warnings and near-miss events",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Each warning with its frames, what the carer did and the nurse's review.",
)
review = tg.Data("Nurse review outcome", kind="records", sensitivity=tg.Sensitivity.REGULATED)
summary = tg.Data(
    "Monthly family summary",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Doses given, missed and refused, and near-misses, for one resident.",
)
family_request = tg.Data("Family app request", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Relatives of residents, on their own phones.
    family = tm.add(tg.Actor("Family member", role="relative"))

with tm.boundary("Pharmacy supplier", trust=tg.Trust.PARTNER):
    # The supplier's dispensing system, which sends each home's medication records.
    pharmacy = tm.add(tg.ExternalService("Pharmacy dispensing system", provides="data-provider"))

with tm.boundary("Care home", trust=tg.Trust.INTERNAL):
    carer = tm.add(tg.Actor("Carer", role="care staff"))
    nurse = tm.add(tg.Actor("Nurse", role="nurse"))
    # One camera per trolley, plugged into the tablet.
    camera = tm.add(tg.Device("Trolley camera"))
    # Android tablet on each trolley, enrolled in the group's MDM, shared by the carers.
    tablet = tm.add(
        tg.Device(
            "Trolley tablet",
            controls={c.Authentication(method="carer PIN on the shared tablet")},
        )
    )

with tm.boundary("Group cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives frames, asks the model, compares with the record, stores the events.
    check = tm.add(
        tg.Endpoint(
            "Medication check service",
            purpose=tg.EndpointPurpose.API,
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # In-house image classifier, trained on pill photographs; warns before a dose.
    model = tm.add(
        tg.Model(
            "Pill recognition model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
        )
    )
    # Receives the pharmacy's files and loads them into the record store.
    importer = tm.add(
        tg.Service(
            "Pharmacy record import",
            controls={c.SchemaEnforcement(note="rejects files that do not parse")},
        )
    )
    # Web dashboard where nurses review warnings and near-misses for their home.
    dashboard = tm.add(
        tg.Service(
            "Nurse dashboard",
            controls={c.Authentication(method="group Microsoft Entra ID SSO with MFA"), c.RBAC()},
        )
    )
    # Builds each resident's summary on the first of the month.
    summary_job = tm.add(tg.Service("Monthly summary job"))
    # Backend of the family phone app.
    family_api = tm.add(
        tg.Endpoint(
            "Family app backend",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

    with tm.boundary("Clinical data", trust=tg.Trust.RESTRICTED):
        # The current medication records of every resident.
        mar_store = tm.add(
            tg.DataStore(
                "Medication record store",
                stores={mar},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Warnings, near-misses, dose records and the frames behind them.
        event_store = tm.add(
            tg.DataStore(
                "Medication event store",
                stores={events, dose_record, frames, summary},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

# ---------------------------------------------------------------- flows
# The round on the trolley.
tm.flow(carer, tablet, round_selection, label="selects on the touchscreen")
tm.flow(camera, tablet, frames, protocol="usb")
tm.flow(
    tablet,
    check,
    round_selection,
    frames,
    protocol="mtls",
    label="over the home Wi-Fi and internet",
)
tm.flow(check, mar_store, round_selection, label="resident's current record")
tm.flow(mar_store, check, mar)
tm.flow(check, model, frames)
tm.flow(model, check, pill_ids)
tm.flow(check, tablet, warning, protocol="mtls")
tm.flow(tablet, carer, warning, label="on the touchscreen")
tm.flow(carer, tablet, dose_record, label="confirms on the touchscreen")
tm.flow(tablet, check, dose_record, protocol="mtls")
tm.flow(check, event_store, events, dose_record, frames)

# Medication records from the pharmacy.
tm.flow(pharmacy, importer, mar, protocol="sftp", label="new and changed records, hourly")
tm.flow(importer, mar_store, mar)

# Nurse review.
tm.flow(nurse, dashboard, review, protocol="https")
tm.flow(dashboard, nurse, events, frames, protocol="https")
tm.flow(event_store, dashboard, events, frames)
tm.flow(dashboard, event_store, review)

# Monthly family summary.
tm.flow(event_store, summary_job, events, dose_record)
tm.flow(summary_job, event_store, summary)
tm.flow(family, family_api, family_request, protocol="https")
tm.flow(event_store, family_api, summary)
tm.flow(family_api, family, summary, protocol="https")
