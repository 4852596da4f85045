"""County property tax assessment with an automated valuation model: first design.

The assessor's office must value every residential parcel each year. An AVM
(gradient-boosted regression) is trained on arm's-length sales from the recorder's
deed records and on property characteristics from the CAMA system, which is kept
current from building permits and from features a detection model extracts from a
vendor's aerial imagery (new additions, pools, roof changes). The yearly mass
appraisal run values every parcel; values outside ratio-study bounds or with large
year-over-year changes go to appraisers, who review and adjust them before the
roll is certified. Owners get a notice and can appeal online; appraisers decide
appeals. Everything runs in the county data centre except the public portal in the
county DMZ and the imagery vendor. Staff log in with county AD and have roles in
CAMA, which is audit-logged; the portal checks the parcel number and the PIN
printed on the notice; models are checked with an IAAO ratio study before use.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "County residential AVM",
    profile=tg.RiskProfile.HIGH,
    description="Automated mass appraisal of residential parcels for property tax, "
    "with appraiser review of outliers and online owner appeals.",
)

# ---------------------------------------------------------------- data assets
sales = tg.Data(
    "Recorded sales",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Deed transfers with price, date and validity code; public record.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
permits = tg.Data("Building permits", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
imagery = tg.Data(
    "Aerial imagery",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed orthophotos and obliques; the licence forbids redistribution.",
)
detections = tg.Data("Detected property changes", kind="model-output")
characteristics = tg.Data(
    "Property characteristics",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Parcel, owner name and mailing address, size, quality, condition.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
training_data = tg.Data(
    "Sales training set", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data("AVM artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
values = tg.Data(
    "Assessed values",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
outliers = tg.Data("Outlier review queue", kind="records", sensitivity=tg.Sensitivity.PII)
adjustment = tg.Data("Appraiser adjustments", kind="records")
appeal = tg.Data(
    "Owner appeal",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Form, evidence uploads (photos, private appraisals), contact details.",
)
notice = tg.Data("Value notice and appeal outcome", kind="records", sensitivity=tg.Sensitivity.PII)
credentials = tg.Data(
    "Parcel number and notice PIN", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any owner (or anyone holding a notice) can appeal.
    owner = tm.add(tg.Actor("Property owner", role="taxpayer"))

with tm.boundary("Imagery vendor", trust=tg.Trust.PARTNER):
    # Flies the county every year and delivers imagery tiles.
    aerial = tm.add(
        tg.DataSource("Aerial imagery delivery", origin=tg.Origin.VENDOR, provides={imagery})
    )

with tm.boundary("County DMZ", trust=tg.Trust.INTERNAL):
    # Public appeal portal; takes evidence uploads.
    portal = tm.add(
        tg.Endpoint(
            "Appeal portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="parcel number and mailed PIN"), c.InputValidation()},
        )
    )

with tm.boundary("County data centre", trust=tg.Trust.INTERNAL):
    # Recorder's deed index, owned by another department.
    recorder = tm.add(tg.DataSource("Recorder deed records", provides={sales}))
    # Building department's permit system.
    permit_system = tm.add(tg.DataSource("Permit system", provides={permits}))
    # Computer-assisted mass appraisal system: the system of record.
    cama = tm.add(
        tg.DataStore(
            "CAMA database",
            stores={characteristics, values, appeal},
            controls={c.RBAC(), c.AuditLogging(retention_days=2555)},
        )
    )

    with tm.boundary("Valuation analytics", trust=tg.Trust.INTERNAL):
        # Finds new structures and pools in imagery; a pretrained open model we host.
        detector = tm.add(
            tg.Model(
                "Change detection model",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
            )
        )
        # Joins valid sales with characteristics as of the sale date.
        prep = tm.add(tg.Pipeline("Sales preparation", stage=tg.Stage.PREPROCESSING))
        sales_set = tm.add(tg.Dataset("Sales training set", stores={training_data}))
        # Trains the AVM and runs the ratio study on a holdout.
        training = tm.add(
            tg.Pipeline(
                "AVM training and ratio study",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="IAAO ratio study: median ratio, COD, PRD")},
            )
        )
        # Values every parcel in the yearly mass appraisal run.
        avm = tm.add(
            tg.Model(
                "Residential AVM",
                task=tg.Task.REGRESSOR,
                high_stakes=True,
                controls={
                    c.HumanInTheLoop(
                        approver="appraiser",
                        above="ratio outside 0.90-1.10 or change over 20% year on year",
                    ),
                    c.Contestability(note="statutory appeal to the assessor"),
                },
            )
        )

with tm.boundary("Assessor's office", trust=tg.Trust.INTERNAL):
    # Reviews outliers and decides appeals.
    appraiser = tm.add(tg.Actor("Appraiser", role="appraiser", privileged=True))
    # Desktop workbench for review and appeal work.
    workbench = tm.add(
        tg.Service("Appraiser workbench", controls={c.Authentication(method="county AD")})
    )

# ---------------------------------------------------------------- flows
tm.flow(aerial, detector, imagery, protocol="sftp", label="annual delivery")
tm.flow(detector, cama, detections, label="change flags")
tm.flow(permit_system, cama, permits, label="nightly sync")
tm.flow(recorder, prep, sales)
tm.flow(cama, prep, characteristics)
tm.flow(prep, sales_set, training_data)
tm.flow(sales_set, training, training_data)
tm.flow(training, avm, weights, label="approved model")

tm.flow(cama, avm, characteristics, label="mass appraisal run")
tm.flow(avm, cama, values)
tm.flow(cama, workbench, outliers, characteristics)
tm.flow(workbench, appraiser, outliers, appeal)
tm.flow(appraiser, workbench, adjustment)
tm.flow(workbench, cama, adjustment)

tm.flow(owner, portal, credentials, appeal, protocol="https")
tm.flow(portal, owner, notice, protocol="https")
tm.flow(portal, cama, appeal, protocol="https")
tm.flow(cama, portal, notice, values, protocol="https")
