"""Thatching contractor roof survey assistant: the first design, before any security review.

A family thatching business wants to spend less time writing up roof surveys.
Homeowners send an enquiry with a few photos of their thatched roof through a
form on the firm's website; on site, the surveyor takes detailed photos and
notes on a company tablet. A small survey service in the firm's cloud tenancy
stores the photos, then sends them with the notes and the firm's price list to
a hosted vision-capable LLM, which drafts a condition report (ridge wear, moss,
coat depth, fixings) and an outline quote. The master thatcher reads and edits
every draft in a staff review portal and approves it before the survey service
e-mails the report and quote to the homeowner through a transactional e-mail
provider. The web form and portal use TLS, staff sign in with e-mail and
password, the photo bucket uses the cloud provider's encryption at rest, and the
form checks file types and sizes. Customers are in the UK, so UK GDPR applies.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Thatching roof survey photo assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM-drafted thatched roof condition reports and quotes from survey photos.",
)

# ---------------------------------------------------------------- data assets
enquiry = tg.Data(
    "Homeowner enquiry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, property address, phone, e-mail and a description of the problem.",
)
enquiry_photos = tg.Data(
    "Homeowner roof photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Phone photos of the roof; may show the house, its number and people.",
)
site_photos = tg.Data(
    "Site survey photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Close-ups of ridge, eaves, gables and chimney flashings, geotagged.",
)
survey_notes = tg.Data("Surveyor notes", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
price_list = tg.Data(
    "Materials and labour price list",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Reed and straw prices, day rates and scaffolding costs.",
)
assessment_prompt = tg.Data(
    "Roof assessment prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the photos, the surveyor's notes and the price list.",
)
draft_report = tg.Data(
    "Draft condition report and quote",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
job_records = tg.Data(
    "Customer and job records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
approval = tg.Data("Report edits and approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
final_report = tg.Data(
    "Approved survey report and quote",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can fill in the enquiry form; most are genuine homeowners.
    homeowner = tm.add(tg.Actor("Homeowner", role="customer"))

with tm.boundary("Company devices", trust=tg.Trust.INTERNAL):
    # Takes the photos and notes on site.
    surveyor = tm.add(tg.Actor("Surveyor", role="staff"))
    # Signs off every report and quote; also runs the business and its accounts.
    thatcher = tm.add(tg.Actor("Master thatcher", role="owner", privileged=True))
    # Company tablet with the survey app; uploads over the mobile network from site.
    tablet = tm.add(
        tg.Device(
            "Survey tablet app",
            fleet=False,
            description="Two company Android tablets running the firm's survey web app.",
            controls={tg.controls.Authentication(method="staff e-mail and password")},
        )
    )

with tm.boundary("Firm cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public enquiry form on the firm's website: the way in for new jobs.
    enquiry_form = tm.add(
        tg.Endpoint(
            "Enquiry web form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.InputValidation(note="JPEG/PNG/HEIC only, 10 MB per photo, 6 photos"),
            },
        )
    )
    # Glue code: stores uploads, builds the prompt, calls the LLM, sends reports.
    survey_service = tm.add(
        tg.Service(
            "Survey service",
            description="Small web app that assembles the assessment prompt and files drafts.",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the master thatcher",
                    note="no report or quote is e-mailed until it is approved in the portal",
                ),
            },
        )
    )
    # Where every enquiry and site photo is kept for the job file.
    photo_bucket = tm.add(
        tg.DataStore(
            "Roof photo bucket",
            stores={enquiry_photos, site_photos},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The firm's single record of customers, jobs, drafts and sent quotes.
    job_db = tm.add(
        tg.DataStore("Job database", stores={job_records, enquiry, survey_notes, draft_report})
    )
    # Reference prices the LLM is given so that its outline quote is in line.
    prices = tm.add(tg.DataStore("Price list", stores={price_list}))
    # Web page where the master thatcher reads, edits and approves drafts.
    portal = tm.add(
        tg.Endpoint(
            "Staff review portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.Authentication(method="staff e-mail and password")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose multimodal model; reads the photos and drafts the report.
    vision_llm = tm.add(
        tg.LLM(
            "Hosted vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Pay-as-you-go multimodal chat API, called with one API key.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the approved report to the homeowner from the firm's domain.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
tls = tg.controls.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(homeowner, enquiry_form, enquiry, enquiry_photos, protocol="https", controls={tls})
tm.flow(enquiry_form, survey_service, enquiry, enquiry_photos)

tm.flow(surveyor, tablet, site_photos, survey_notes, label="on site")
tm.flow(tablet, survey_service, site_photos, survey_notes, protocol="https", controls={tls})
tm.flow(survey_service, tablet, job_records, protocol="https", controls={tls}, label="job sheet")

tm.flow(survey_service, photo_bucket, enquiry_photos, site_photos)
tm.flow(photo_bucket, survey_service, enquiry_photos, site_photos)
tm.flow(survey_service, job_db, job_records, enquiry, survey_notes, draft_report)
tm.flow(job_db, survey_service, job_records, survey_notes, draft_report)
tm.flow(prices, survey_service, price_list)

tm.flow(survey_service, vision_llm, assessment_prompt, protocol="https", controls={tls})
tm.flow(vision_llm, survey_service, draft_report, protocol="https", controls={tls})

tm.flow(survey_service, portal, draft_report, enquiry_photos, site_photos)
tm.flow(
    portal, thatcher, draft_report, enquiry_photos, site_photos, protocol="https", controls={tls}
)
tm.flow(thatcher, portal, approval, protocol="https", controls={tls})
tm.flow(portal, survey_service, approval)
tm.flow(thatcher, prices, price_list, protocol="https", controls={tls}, label="updates prices")

tm.flow(survey_service, mailer, final_report, protocol="https", controls={tls})
tm.flow(mailer, homeowner, final_report, protocol="smtp")
