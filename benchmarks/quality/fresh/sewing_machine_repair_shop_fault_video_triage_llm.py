"""Sewing machine repair shop fault video triage: the first design.

A one-person sewing machine repair shop in the UK takes repair enquiries on its
website. The customer fills in a form (name, e-mail, machine make and model, a
description of the fault) and uploads a short phone video of the machine
misbehaving. A triage service transcodes the video into a few still frames,
sends them with the description and the shop's parts and labour price list to a
hosted multimodal LLM, and stores the likely fault and a quote range it
suggests against the enquiry. The repairer signs in to a small workshop admin
page, watches the video, and edits or confirms the quote; only a confirmed quote
is e-mailed to the customer, who then posts or drops off the machine.
The site runs on HTTPS with an upload size and file type check and a per-address
rate limit; the video bucket is encrypted at rest by the host.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sewing machine repair fault video triage",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Website repair enquiries with a fault video; an LLM suggests the fault "
    "and a quote range, and the repairer confirms the quote before it is sent.",
)

# ---------------------------------------------------------------- data assets
enquiry = tg.Data(
    "Repair enquiry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone, postcode, machine make and model, fault description.",
)
fault_video = tg.Data(
    "Fault video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="A short phone video; may show the customer's home, hands or voice.",
)
video_frames = tg.Data("Video frames", kind="media", sensitivity=tg.Sensitivity.PII)
acknowledgement = tg.Data(
    "Enquiry acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
price_list = tg.Data(
    "Parts and labour price list", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
triage_prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the fault description, the frames and the price list.",
)
suggestion = tg.Data(
    "Suggested fault and quote range",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
confirmed_quote = tg.Data("Confirmed quote", kind="records", sensitivity=tg.Sensitivity.PII)
quote_email = tg.Data("Quote e-mail", kind="records", sensitivity=tg.Sensitivity.PII)
repairer_login = tg.Data("Repairer login", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a broken machine; the form needs no account.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("Workshop", trust=tg.Trust.INTERNAL):
    # The owner who repairs machines and confirms every quote.
    repairer = tm.add(tg.Actor("Repairer", role="owner and repairer", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that looks at the frames and reads the description.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision and text model behind the vendor's API.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that sends the confirmed quotes.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Shop hosting", trust=tg.Trust.INTERNAL):
    # The public repair enquiry form and its upload handler.
    intake = tm.add(
        tg.Endpoint(
            "Repair enquiry form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.InputValidation(note="video type and 200 MB size check"),
                c.RateLimiting(requests_per_minute=5, note="per IP address"),
            },
        )
    )
    # Object storage bucket for the uploaded videos.
    video_store = tm.add(
        tg.DataStore(
            "Fault video bucket",
            stores={fault_video},
            controls={c.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )
    # Enquiries, the model's suggestions and the confirmed quotes.
    jobs_db = tm.add(
        tg.DataStore(
            "Repair jobs database", stores={enquiry, suggestion, confirmed_quote, repairer_login}
        )
    )
    # The shop's own price list, edited by the repairer.
    prices = tm.add(tg.DataStore("Price list", stores={price_list}))
    # ffmpeg worker that turns the uploaded video into stills.
    transcoder = tm.add(
        tg.Service("Video frame extractor", description="Runs ffmpeg over each uploaded video.")
    )
    # Builds the prompt, calls the LLM, records its suggestion.
    triage = tm.add(
        tg.Service(
            "Fault triage service",
            controls={
                c.HumanInTheLoop(
                    approver="the repairer",
                    note="no quote reaches the customer until the repairer confirms it",
                )
            },
        )
    )
    # The repairer's review page: video, description, suggestion, quote editor.
    admin = tm.add(
        tg.Endpoint(
            "Workshop admin page",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="username and password")},
        )
    )

# ---------------------------------------------------------------- flows
# Customer enquiry.
tm.flow(customer, intake, enquiry, fault_video, protocol="https")
tm.flow(intake, customer, acknowledgement, protocol="https")
tm.flow(intake, video_store, fault_video)
tm.flow(intake, jobs_db, enquiry)
tm.flow(intake, triage, enquiry, label="new enquiry")

# Triage.
tm.flow(video_store, transcoder, fault_video)
tm.flow(transcoder, triage, video_frames)
tm.flow(prices, triage, price_list)
tm.flow(triage, llm, triage_prompt, protocol="https")
tm.flow(llm, triage, suggestion, protocol="https")
tm.flow(triage, jobs_db, suggestion)

# Repairer review and quote.
tm.flow(repairer, admin, repairer_login, confirmed_quote, price_list, protocol="https")
tm.flow(admin, repairer, enquiry, fault_video, suggestion, protocol="https")
tm.flow(jobs_db, admin, enquiry, suggestion, repairer_login)
tm.flow(video_store, admin, fault_video)
tm.flow(admin, jobs_db, confirmed_quote)
tm.flow(admin, prices, price_list, label="price updates")
tm.flow(admin, email, quote_email, protocol="https")
tm.flow(email, customer, quote_email, protocol="smtp")
