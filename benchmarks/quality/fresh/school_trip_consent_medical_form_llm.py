"""School trip consent and medical forms with LLM extraction: the first design.

A secondary school collects trip consent and medical forms through its parent app.
Parents sign in, fill in the consent form and upload supporting documents such as
medication plans and allergy letters. The completed forms are written to the
school's management information system (MIS), which the MIS vendor hosts.
An extraction service in the school's cloud tenancy sends each pupil's form and
documents to a hosted LLM, which pulls out medical conditions, medications and
emergency contacts; the result is assembled into a trip summary for each trip.
The trip leader and the school nurse review and correct the summary in a staff
portal (school single sign-on with MFA, role-based access) before it is released.
During the trip, staff carry a phone app that downloads the released summary and
keeps it on the phone so it works without signal. Traffic is TLS throughout and
the uploaded documents are encrypted at rest by the cloud storage service.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "School trip consent and medical form extraction",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Parent app consent forms, LLM-extracted medical trip summaries for staff.",
)

# ---------------------------------------------------------------- data assets
consent_form = tg.Data(
    "Trip consent and medical form",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Pupil details, consent, declared conditions, medications, emergency contacts.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
medical_docs = tg.Data(
    "Uploaded medical documents",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Medication plans, allergy letters and care plans as PDF or photos.",
)
submission_receipt = tg.Data(
    "Form submission status", sensitivity=tg.Sensitivity.PII, kind="records"
)
extraction_prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions plus the form fields and the text of the uploaded documents.",
)
extraction_output = tg.Data(
    "Extracted medical details", sensitivity=tg.Sensitivity.REGULATED, kind="model-output"
)
trip_summary = tg.Data(
    "Trip medical summary",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Per-pupil conditions, medications, dosage notes and emergency contacts.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
summary_review = tg.Data(
    "Summary corrections and release", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
offline_pack = tg.Data(
    "Offline trip pack",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The released summary for one trip, cached on the staff phone.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents and carers submit forms from their own phones.
    parent = tm.add(tg.Actor("Parent or carer", role="parent"))

with tm.boundary("On the trip", trust=tg.Trust.UNTRUSTED):
    # Accompanying staff on the coach, at the venue, abroad.
    trip_staff = tm.add(tg.Actor("Accompanying trip staff", role="teacher"))
    # Staff phones carry the summary so it is available with no signal.
    trip_phone = tm.add(
        tg.Device(
            "Trip staff phone app",
            description="Mobile app on staff phones; caches the released trip summary offline.",
            controls={c.Authentication(method="school SSO with MFA at first download")},
        )
    )

with tm.boundary("MIS vendor cloud", trust=tg.Trust.PARTNER):
    # The school's system of record for pupils; forms are kept here.
    mis = tm.add(
        tg.DataStore(
            "School management information system",
            stores={consent_form},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="vendor managed")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose model behind the vendor's API, under a data processing agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted extraction LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, no training on school data")},
        )
    )

with tm.boundary("School cloud tenancy", trust=tg.Trust.INTERNAL):
    # Backend of the parent app: sign-in, form submission, uploads.
    parent_api = tm.add(
        tg.Endpoint(
            "Parent app backend",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="file type and size limits on uploads"),
            },
        )
    )
    # Blob storage for the uploaded documents until the trip is over.
    upload_store = tm.add(
        tg.DataStore(
            "Uploaded document storage",
            stores={medical_docs},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs when a form is submitted: builds the prompt and calls the LLM.
    extractor = tm.add(
        tg.Service(
            "Medical extraction service",
            description="Reads the form and documents, calls the LLM, writes the draft summary.",
        )
    )
    # Draft and released trip summaries.
    summary_db = tm.add(tg.DataStore("Trip summary database", stores={trip_summary}))
    # Web portal for reviewing summaries; also the sync API the phone app calls.
    staff_portal = tm.add(
        tg.Endpoint(
            "Staff review portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="school Microsoft 365 SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="trip leader and school nurse"),
            },
        )
    )

with tm.boundary("School network", trust=tg.Trust.INTERNAL):
    # Owns the trip and releases the summary to the staff going.
    trip_leader = tm.add(tg.Actor("Trip leader", role="teacher"))
    # Checks medications and conditions against what the school already knows.
    nurse = tm.add(tg.Actor("School nurse", role="nurse"))

# ---------------------------------------------------------------- flows
tm.flow(parent, parent_api, consent_form, medical_docs, protocol="https")
tm.flow(parent_api, parent, submission_receipt, protocol="https")
tm.flow(parent_api, upload_store, medical_docs)
tm.flow(parent_api, mis, consent_form, protocol="https", label="MIS vendor API")

tm.flow(mis, extractor, consent_form, protocol="https")
tm.flow(upload_store, extractor, medical_docs)
tm.flow(extractor, llm, extraction_prompt, protocol="https")
tm.flow(llm, extractor, extraction_output, protocol="https")
tm.flow(extractor, summary_db, trip_summary, label="draft summary")

tm.flow(summary_db, staff_portal, trip_summary)
tm.flow(staff_portal, summary_db, summary_review)
tm.flow(staff_portal, trip_leader, trip_summary, protocol="https")
tm.flow(trip_leader, staff_portal, summary_review, protocol="https")
tm.flow(staff_portal, nurse, trip_summary, protocol="https")
tm.flow(nurse, staff_portal, summary_review, protocol="https")
tm.flow(upload_store, staff_portal, medical_docs, label="originals for checking")

tm.flow(staff_portal, trip_phone, offline_pack, protocol="https", label="sync before departure")
tm.flow(trip_phone, trip_staff, offline_pack, label="on screen")
