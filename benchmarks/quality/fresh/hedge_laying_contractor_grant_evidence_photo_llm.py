"""Hedge-laying contractor: grant evidence from site photos, first design.

A rural hedge-laying contractor lays hedges for farmers who are paid for the work
under agri-environment capital grants. The paying agency wants geotagged photos
of each hedge before, during and after laying, along with the metres laid.
Crews take the photos in a phone app that uploads them to the contractor's small
cloud account. A review service checks each job's photos against the grant item's
published specification and the land parcel boundaries, with the help of a hosted
multimodal LLM, and drafts an evidence pack with captions and a short narrative.
The office manager reads and corrects each pack in the web portal, and the farmer
signs it off there before the office manager uploads it to the government's Rural
Payments service as the farmer's agent. Crew and farmers sign in with e-mail and
password; all traffic is HTTPS and the cloud storage is encrypted by the provider.
Nothing goes to the agency without the office manager's approval.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Hedge-laying grant evidence assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Drafts grant evidence packs for hedge-laying jobs from crew site photos.",
)

# ---------------------------------------------------------------- data assets
site_photos = tg.Data(
    "Geotagged site photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Before, during and after photos with GPS position and timestamp in EXIF.",
)
job_progress = tg.Data(
    "Job progress notes",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Metres laid per day, hedge style, crew on site.",
)
job_list = tg.Data("Assigned jobs", kind="records", sensitivity=tg.Sensitivity.PII)
job_records = tg.Data(
    "Jobs and grant agreement records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Farmer name, address, business reference, agreement number, hedge lengths, "
    "grant item and claim value.",
)
grant_spec = tg.Data(
    "Grant item specifications",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="The agency's published requirements for hedge-laying capital items.",
)
parcels = tg.Data(
    "Land parcel boundaries",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
)
evidence_prompt = tg.Data(
    "Evidence check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Job photos, the grant item specification and the job details.",
)
photo_assessment = tg.Data(
    "Photo assessment and draft captions",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
evidence_pack = tg.Data(
    "Evidence pack",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Captioned photos, map, metres laid and narrative, as a PDF.",
)
pack_edits = tg.Data(
    "Pack corrections and approval", kind="records", sensitivity=tg.Sensitivity.PII
)
farmer_signoff = tg.Data("Farmer sign-off", kind="records", sensitivity=tg.Sensitivity.PII)
notification = tg.Data("Pack ready e-mail", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Field (mobile network)", trust=tg.Trust.UNTRUSTED):
    # The hedging crew, working on farms with patchy signal.
    crew = tm.add(tg.Actor("Hedging crew", role="field crew"))
    # Company phones with the evidence app; uploads queue until there is signal.
    crew_app = tm.add(
        tg.Device(
            "Crew phone app",
            fleet=True,
            description="Android app that takes geotagged photos and records metres laid.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The landowner who holds the grant agreement and must sign off the evidence.
    farmer = tm.add(tg.Actor("Farmer client", role="grant holder"))
    # Public land parcel data, downloaded to check photo positions against the field.
    parcel_data = tm.add(
        tg.DataSource(
            "Land parcel dataset",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={parcels},
            description="Open land parcel boundaries published by the government.",
        )
    )

with tm.boundary("Contractor cloud account", trust=tg.Trust.INTERNAL):
    # Receives uploads from the crew app and hands out each crew's job list.
    evidence_api = tm.add(
        tg.Endpoint(
            "Evidence upload API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="crew e-mail and password")},
        )
    )
    # Object storage bucket holding every photo as uploaded.
    photo_store = tm.add(
        tg.DataStore(
            "Photo store",
            stores={site_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Jobs, farmers and grant agreements: the contractor's main business records.
    jobs_db = tm.add(
        tg.DataStore(
            "Jobs database",
            stores={job_records, job_progress, farmer_signoff},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The grant item specifications, copied in by the office manager each scheme year.
    guidance_store = tm.add(tg.DataStore("Grant guidance library", stores={grant_spec}))
    # Draft and approved evidence packs.
    pack_store = tm.add(tg.DataStore("Evidence pack store", stores={evidence_pack}))
    # Assembles each job's evidence, asks the LLM about the photos, drafts the pack.
    review_service = tm.add(
        tg.Service(
            "Evidence review service",
            description="Runs when a job is marked complete; checks photo GPS against the "
            "parcel, sends the photos and specification to the LLM and writes a draft pack.",
        )
    )
    # Web portal for the office manager and for farmers.
    portal = tm.add(
        tg.Endpoint(
            "Contractor web portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="office manager and farmer roles; farmers see their own jobs"),
            },
        )
    )

with tm.boundary("Contractor office", trust=tg.Trust.INTERNAL):
    # Runs the paperwork; acts as the farmers' agent with the paying agency.
    office_manager = tm.add(tg.Actor("Office manager", role="office manager", privileged=True))

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # Hosted vision-capable model that reads the photos.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Describes each photo, says whether it shows the laid hedge as the "
            "specification asks, and drafts captions and the narrative.",
        )
    )

with tm.boundary("Service providers", trust=tg.Trust.PARTNER):
    # Transactional e-mail to tell farmers a pack is ready for sign-off.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))
    # The government's claims service where evidence is uploaded.
    rural_payments = tm.add(tg.ExternalService("Rural Payments service"))

# ---------------------------------------------------------------- flows
tm.flow(crew, crew_app, job_progress, site_photos, label="photos and notes taken on site")
tm.flow(crew_app, evidence_api, site_photos, job_progress, protocol="https")
tm.flow(evidence_api, crew_app, job_list, protocol="https")
tm.flow(crew_app, crew, job_list, label="shown on the phone")
tm.flow(evidence_api, photo_store, site_photos)
tm.flow(evidence_api, jobs_db, job_progress)
tm.flow(jobs_db, evidence_api, job_list)

tm.flow(parcel_data, review_service, parcels, protocol="https", label="monthly download")
tm.flow(photo_store, review_service, site_photos)
tm.flow(jobs_db, review_service, job_records)
tm.flow(guidance_store, review_service, grant_spec)
tm.flow(review_service, llm, evidence_prompt, protocol="https")
tm.flow(llm, review_service, photo_assessment, protocol="https")
tm.flow(review_service, pack_store, evidence_pack, label="draft pack")

tm.flow(office_manager, portal, pack_edits, grant_spec, protocol="https")
tm.flow(portal, office_manager, evidence_pack, job_records, protocol="https")
tm.flow(portal, guidance_store, grant_spec)
tm.flow(pack_store, portal, evidence_pack)
tm.flow(portal, pack_store, evidence_pack, label="corrected and approved pack")
tm.flow(jobs_db, portal, job_records)
tm.flow(portal, jobs_db, farmer_signoff, job_records)
tm.flow(portal, mailer, notification, protocol="https")
tm.flow(mailer, farmer, notification, protocol="smtp+starttls")
tm.flow(farmer, portal, farmer_signoff, protocol="https")
tm.flow(portal, farmer, evidence_pack, protocol="https")
tm.flow(
    office_manager,
    rural_payments,
    evidence_pack,
    protocol="https",
    label="uploaded as the farmer's agent",
    controls={c.HumanInTheLoop(approver="the office manager, after the farmer's sign-off")},
)
