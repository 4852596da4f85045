"""Letterpress wedding stationery proofing agent: the first design, before any security review.

A small UK letterpress studio takes wedding stationery orders from couples by e-mail
and through a web order form, where couples also upload photos and guest lists (for
place cards) to cloud file storage. An LLM agent on the studio's cloud account reads
each order, drafts a proof from the couple's wording and the studio's templates,
quotes from the price list, sends a deposit payment link and e-mails the proof back.
Once the couple approves the final proof, it queues the job for the press operator,
who works from the studio dashboard; unusual orders (custom sizes, special papers,
foiling, rush dates) wait for the studio owner's approval there. Mail is a hosted
workspace, the model a vendor's API, and deposits are paid on the payment provider's
hosted checkout. Controls: HTTPS, upload checks, signed payment webhooks, encrypted
storage, password sign-in to the dashboard and the owner's approval of unusual orders.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Letterpress wedding stationery proofing agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="An LLM agent that takes wedding stationery orders, drafts proofs, "
    "takes deposits and queues approved jobs for the press.",
)

# ---------------------------------------------------------------- data assets
enquiry = tg.Data(
    "Order enquiry e-mail",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The couple's message: names, wedding date, venue, wording, requests.",
)
form_order = tg.Data("Order form submission", kind="records", sensitivity=tg.Sensitivity.PII)
photos = tg.Data("Couple photos", kind="media", sensitivity=tg.Sensitivity.PII)
guest_list = tg.Data(
    "Guest list",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Spreadsheet of guest names and table numbers for place cards.",
)
orders = tg.Data(
    "Order records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
price_list = tg.Data(
    "Price list and proof templates", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
proof_request = tg.Data("Proof drafting call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
proof = tg.Data("Proof PDF", kind="documents", sensitivity=tg.Sensitivity.PII)
deposit_call = tg.Data("Deposit request call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
checkout_request = tg.Data(
    "Checkout session request", kind="records", sensitivity=tg.Sensitivity.PII
)
payment_link = tg.Data(
    "Deposit payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_webhook = tg.Data(
    "Payment confirmed webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
reply_call = tg.Data("Reply e-mail call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Reply e-mail with proof", kind="documents", sensitivity=tg.Sensitivity.PII)
press_call = tg.Data("Press job call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
press_job = tg.Data("Press job ticket", kind="records", sensitivity=tg.Sensitivity.PII)
job_status = tg.Data("Press job status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
approval_request = tg.Data(
    "Unusual order approval request", kind="records", sensitivity=tg.Sensitivity.PII
)
approval = tg.Data("Owner approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The customers: any member of the public can write in or fill in the form.
    couple = tm.add(tg.Actor("Couple", role="customer"))

with tm.boundary("Hosted mail workspace", trust=tg.Trust.PARTNER):
    # The studio's mailbox on a hosted e-mail service; the agent reads it by API.
    mail = tm.add(tg.ExternalService("Studio mailbox", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model used to read enquiries and draft wording.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details never reach the studio's systems.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Hosted checkout pages and payment links for deposits.",
        )
    )

with tm.boundary("Studio cloud account", trust=tg.Trust.INTERNAL):
    # Public web form where couples place orders and upload photos and guest lists.
    order_form = tm.add(
        tg.Endpoint(
            "Order form and upload page",
            purpose=tg.EndpointPurpose.API,
            description="Web form and upload handler; also receives the payment webhooks.",
            controls={
                c.InputValidation(note="file type and size checks on photo and guest list uploads")
            },
        )
    )
    # Staff web app: the owner approves unusual orders, the operator sees the press queue.
    dashboard = tm.add(
        tg.Endpoint(
            "Studio dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The LLM agent that runs each order from enquiry to press queue.
    agent = tm.add(
        tg.Agent(
            "Proofing agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Reads enquiries and orders, drafts proofs, quotes, takes deposits, "
            "replies to couples and queues approved jobs.",
            controls={
                c.HumanInTheLoop(
                    approver="the studio owner",
                    note="unusual orders (custom sizes, special papers, foiling, rush dates) "
                    "wait for the owner's approval; standard orders go ahead without it",
                )
            },
        )
    )
    # Renders a proof PDF from a template, the couple's wording and their uploads.
    proof_tool = tm.add(
        tg.Tool("Proof renderer", capabilities={"read", "write"}, origin="first-party")
    )
    # Creates a deposit payment link with the payment provider.
    deposit_tool = tm.add(
        tg.Tool(
            "Deposit payment link tool",
            capabilities={"money-movement"},
            origin="first-party",
            description="Creates a checkout link for the deposit amount the agent quotes.",
        )
    )
    # Sends replies and proofs to couples from the studio mailbox.
    email_tool = tm.add(
        tg.Tool("Reply e-mail tool", capabilities={"send-messages", "read"}, origin="first-party")
    )
    # Adds an approved job to the press queue in the order database.
    press_tool = tm.add(tg.Tool("Press queue tool", capabilities={"write"}, origin="first-party"))
    # Orders, quotes, deposit status and the press queue.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={orders, press_job},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Photos, guest lists and rendered proofs.
    uploads = tm.add(
        tg.DataStore(
            "Upload and proof storage",
            stores={photos, guest_list, proof},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Prices and proof templates the owner maintains.
    catalogue = tm.add(tg.DataStore("Price list and template store", stores={price_list}))

with tm.boundary("Studio workshop", trust=tg.Trust.INTERNAL):
    # Runs the studio, approves unusual orders and maintains prices.
    owner = tm.add(tg.Actor("Studio owner", role="owner", privileged=True))
    # Prints the queued jobs on the press.
    operator = tm.add(tg.Actor("Press operator", role="press operator"))

# ---------------------------------------------------------------- flows
# Orders coming in
tm.flow(couple, mail, enquiry, protocol="smtp")
tm.flow(mail, agent, enquiry, protocol="https", label="mailbox API polling")
tm.flow(couple, order_form, form_order, photos, guest_list, protocol="https")
tm.flow(order_form, uploads, photos, guest_list)
tm.flow(order_form, order_db, form_order, label="new order")
tm.flow(order_db, agent, orders)
tm.flow(agent, order_db, orders, label="quotes and status updates")
tm.flow(catalogue, agent, price_list)

# The agent's reasoning
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Proofs
tm.flow(agent, proof_tool, proof_request)
tm.flow(catalogue, proof_tool, price_list, label="templates")
tm.flow(uploads, proof_tool, photos, guest_list)
tm.flow(proof_tool, uploads, proof)
tm.flow(proof_tool, agent, proof)

# Deposits
tm.flow(agent, deposit_tool, deposit_call)
tm.flow(deposit_tool, payments, checkout_request, protocol="https")
tm.flow(payments, deposit_tool, payment_link, protocol="https")
tm.flow(deposit_tool, agent, payment_link)
tm.flow(couple, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(
    payments,
    order_form,
    payment_webhook,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="webhook signing secret checked")},
)
tm.flow(order_form, order_db, payment_webhook, label="deposit paid")

# Replies to couples
tm.flow(agent, email_tool, reply_call)
tm.flow(uploads, email_tool, proof)
tm.flow(email_tool, mail, reply, protocol="https")
tm.flow(mail, couple, reply, protocol="smtp")

# Owner approval of unusual orders
tm.flow(agent, dashboard, approval_request)
tm.flow(dashboard, owner, approval_request, protocol="https")
tm.flow(owner, dashboard, approval, protocol="https")
tm.flow(dashboard, agent, approval)
tm.flow(owner, dashboard, price_list, protocol="https", label="edits prices and templates")
tm.flow(dashboard, catalogue, price_list)

# Press queue
tm.flow(agent, press_tool, press_call)
tm.flow(press_tool, order_db, press_job)
tm.flow(order_db, dashboard, orders, press_job)
tm.flow(dashboard, operator, press_job, protocol="https")
tm.flow(operator, dashboard, job_status, protocol="https")
tm.flow(dashboard, order_db, job_status)
