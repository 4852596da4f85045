"""Drain survey CCTV defect reports: the first design, before any security review.

A drainage contractor's engineers push a crawler camera through customers' drains
and record the survey video onto a rugged tablet in the van. The tablet app uploads
the video and the engineer's site notes to the survey app API in the contractor's
cloud, where an in-house detector codes defects (cracks, root ingress, displaced
joints) against the video timeline. A report service takes the coded defects, the
job and customer details and the repair price list, and asks a hosted LLM to draft
the survey report with repair quotes. The engineer checks and edits the draft on
the tablet and approves it; only then does the dispatch service e-mail it, through
a transactional e-mail provider, to the homeowner or their insurer. Videos and
reports stay in the contractor's cloud storage. Engineers sign in to the app with
their company accounts, storage is encrypted by the cloud provider, and sending
waits for the engineer's approval.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Drain survey CCTV defect reports",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="CCTV drain surveys coded by a model and written up by an LLM, checked by the engineer.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Drain survey video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Crawler footage with the property address and date burnt into the overlay.",
)
site_notes = tg.Data(
    "Engineer site notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pipe runs, manhole positions, access notes and what the homeowner said.",
)
defect_codes = tg.Data(
    "Coded defects",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Defect codes with video timestamps, distances and confidence.",
)
job_details = tg.Data(
    "Customer and job details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Homeowner name, address, contact details, insurer and claim reference.",
)
prices = tg.Data("Repair prices", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
prompt = tg.Data(
    "Report drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, coded defects, site notes, job details and the relevant prices.",
)
draft = tg.Data("Draft survey report", kind="model-output", sensitivity=tg.Sensitivity.PII)
report = tg.Data(
    "Approved survey report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="The engineer-approved report with stills and repair quotes.",
)
report_mail = tg.Data("Survey report e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The customer who pays for the survey and receives the report.
    homeowner = tm.add(tg.Actor("Homeowner", role="customer"))
    # Insurers commission surveys for claims and receive the report instead.
    insurer = tm.add(tg.Actor("Insurer claims handler", role="insurer"))

with tm.boundary("Survey van", trust=tg.Trust.INTERNAL):
    # Runs the camera on site and is accountable for the report's content.
    engineer = tm.add(tg.Actor("Survey engineer", role="field engineer"))
    # Crawler camera and control unit; records the video onto the tablet.
    camera = tm.add(tg.Device("CCTV crawler camera", fleet=True))
    # Company tablet running the survey app: capture, upload, review and approval.
    tablet = tm.add(
        tg.Device(
            "Engineer tablet",
            fleet=True,
            description="Rugged Android tablet on a mobile data plan.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that writes the report prose.
    llm = tm.add(tg.LLM("Hosted report LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service the reports are sent through.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Contractor cloud", trust=tg.Trust.INTERNAL):
    # The app's back end: receives uploads and serves drafts for review.
    api = tm.add(
        tg.Endpoint(
            "Survey app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="company Microsoft 365 account (OIDC)")},
        )
    )
    # Object storage for survey footage, kept for warranty and insurance queries.
    video_store = tm.add(
        tg.DataStore(
            "Survey video store",
            stores={video},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # In-house vision model that tags defects along the video timeline.
    coder = tm.add(
        tg.Model(
            "Defect coding model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Frame-level detector trained on the contractor's past coded surveys.",
        )
    )
    # Assembles the prompt, calls the LLM and stores the draft.
    drafter = tm.add(tg.Service("Report drafting service"))
    # The firm's job booking records for the survey.
    jobs = tm.add(tg.DataStore("Job management system", stores={job_details}))
    # Reference prices for the repairs a report can quote.
    price_list = tm.add(tg.DataStore("Repair price list", stores={prices}))
    # Drafts and approved reports, the record of what was sent.
    report_store = tm.add(
        tg.DataStore(
            "Survey report store",
            stores={draft, report},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Sends a report only once the engineer has approved it.
    dispatch = tm.add(
        tg.Service(
            "Report dispatch service",
            controls={c.HumanInTheLoop(approver="the survey engineer who ran the survey")},
        )
    )

# ---------------------------------------------------------------- flows
# Capture on site
tm.flow(camera, tablet, video, protocol="usb", label="recording")
tm.flow(engineer, tablet, site_notes, label="site notes")
tm.flow(tablet, api, video, site_notes, protocol="https", label="upload")
tm.flow(api, video_store, video)

# Coding and drafting
tm.flow(video_store, coder, video)
tm.flow(coder, drafter, defect_codes)
tm.flow(api, drafter, site_notes)
tm.flow(jobs, drafter, job_details)
tm.flow(price_list, drafter, prices)
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, draft, protocol="https")
tm.flow(drafter, report_store, draft)

# Engineer review on the tablet
tm.flow(report_store, api, draft)
tm.flow(api, tablet, draft, protocol="https", label="draft for review")
tm.flow(engineer, tablet, report, label="edits and approves")
tm.flow(tablet, api, report, protocol="https", label="approved report")
tm.flow(api, report_store, report)

# Sending the report
tm.flow(report_store, dispatch, report)
tm.flow(jobs, dispatch, job_details, label="recipient addresses")
tm.flow(dispatch, mailer, report_mail, protocol="https")
tm.flow(mailer, homeowner, report_mail, protocol="smtp")
tm.flow(mailer, insurer, report_mail, protocol="smtp")
