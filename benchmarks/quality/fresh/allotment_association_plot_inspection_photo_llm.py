"""Allotment plot inspection notices: the first design, before any security review.

A volunteer-run allotment association inspects its plots each season. Committee
inspectors walk the site with their own phones, photograph each plot and type short
notes into a small web app the association hosts on a low-cost cloud platform. A
drafting function sends the photos, the notes, the plot holder's details from the
plot register (a shared spreadsheet in the association's Google Workspace) and the
association's tenancy rules to a hosted vision-capable LLM, which drafts a
friendly, rules-based inspection notice (well kept, needs attention, or formal
non-cultivation warning). The secretary reviews and edits every draft in the web
app and sends it through the association's e-mail provider; nothing is sent
without the secretary. Controls: each committee member signs in with their own
e-mail and password over HTTPS; the photo bucket is private and encrypted by the
provider; the plot register is shared only with the committee.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Allotment plot inspection notice drafting",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Hosted LLM drafts plot inspection notices from inspectors' photos and "
    "notes for a volunteer-run allotment association.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Plot inspection photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of each plot; tied to the plot number and so to its holder, and "
    "sometimes show people working nearby.",
)
notes = tg.Data(
    "Inspector notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Plot number, condition rating and free-text remarks.",
)
round_list = tg.Data("Inspection round list", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
holder_details = tg.Data(
    "Plot holder details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, postal address, e-mail, phone and plot number of each tenant.",
)
rules = tg.Data(
    "Tenancy rules and inspection guidelines",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, tenancy rules, notes, photos and the holder's name and plot.",
)
draft = tg.Data("Draft inspection notice", kind="model-output", sensitivity=tg.Sensitivity.PII)
approved = tg.Data("Approved inspection notice", kind="documents", sensitivity=tg.Sensitivity.PII)
notice_email = tg.Data("Notice e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
register_update = tg.Data("Register edits", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Tenants of the plots, who receive the notices.
    holder = tm.add(tg.Actor("Plot holder", role="allotment tenant"))

with tm.boundary("Volunteers' own devices", trust=tg.Trust.UNTRUSTED):
    # Committee volunteers who walk the site on inspection days.
    inspector = tm.add(tg.Actor("Inspector", role="committee volunteer"))
    # The inspectors' personal smartphones, used to photograph plots and fill in the form.
    phone = tm.add(tg.Device("Inspector's phone"))
    # Association secretary: reviews drafts, sends notices, keeps the register.
    secretary = tm.add(tg.Actor("Secretary", role="association secretary", privileged=True))

with tm.boundary("Association cloud account", trust=tg.Trust.INTERNAL):
    # Small web app for inspection rounds and for reviewing drafts.
    web_app = tm.add(
        tg.Endpoint(
            "Inspection web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="own e-mail and password per committee member")},
        )
    )
    # Object storage bucket holding the uploaded photos.
    bucket = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="provider default keys")},
        )
    )
    # Serverless function that assembles the prompt and calls the LLM.
    drafter = tm.add(
        tg.Service(
            "Notice drafting function",
            controls={
                c.HumanInTheLoop(
                    approver="association secretary",
                    note="every draft is reviewed, edited and sent by the secretary",
                )
            },
        )
    )
    # Drafts and sent notices, kept as the association's record of warnings given.
    notice_store = tm.add(tg.DataStore("Notice store", stores={draft, approved}))
    # The association's tenancy agreement and inspection guidance, as text files.
    rules_store = tm.add(tg.DataStore("Tenancy rules folder", stores={rules}))

with tm.boundary("Association Google Workspace", trust=tg.Trust.INTERNAL):
    # Spreadsheet of plot holders kept by the secretary.
    register = tm.add(tg.DataStore("Plot register", stores={holder_details}, controls={c.RBAC()}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Vision-capable model on the vendor's pay-as-you-go API.
    llm = tm.add(tg.LLM("Hosted vision LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # The association's transactional e-mail account.
    mailer = tm.add(tg.ExternalService("E-mail sending service"))

# ---------------------------------------------------------------- flows
tm.flow(inspector, phone, notes, label="typed on the plot")
tm.flow(web_app, phone, round_list, protocol="https")
tm.flow(phone, web_app, photos, notes, protocol="https")
tm.flow(web_app, bucket, photos)
tm.flow(web_app, drafter, notes)

tm.flow(bucket, drafter, photos)
tm.flow(register, drafter, holder_details, protocol="https")
tm.flow(rules_store, drafter, rules)
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, draft, protocol="https")
tm.flow(drafter, notice_store, draft)

tm.flow(notice_store, web_app, draft, approved)
tm.flow(web_app, secretary, draft, photos, protocol="https", label="drafts for review")
tm.flow(secretary, web_app, approved, protocol="https", label="edits and approves")
tm.flow(web_app, notice_store, approved)
tm.flow(web_app, mailer, notice_email, protocol="https")
tm.flow(mailer, holder, notice_email, protocol="smtp")

tm.flow(secretary, register, register_update, protocol="https")
tm.flow(register, secretary, holder_details, protocol="https")
