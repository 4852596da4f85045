"""Bicycle courier cooperative dispatch and proof-of-delivery agent: the first design.

A rider-owned bicycle courier cooperative in a European city replaces its phone-and-
spreadsheet dispatch with an LLM agent. Business customers (law firms, print shops,
restaurants) send job requests to the jobs mailbox in the cooperative's Google
Workspace or through a web form on its site; the agent reads them with a hosted LLM,
creates jobs in the jobs database, answers with a confirmation e-mail, and offers
each job to an available rider through the rider app backend, which pushes it to the
riders' phone app. At drop-off the rider takes a photo and the recipient signs on the
phone; the agent matches each photo and signature to its job, marks it delivered and
adds the line to a draft invoice in the cloud accounting package, where the
bookkeeper reviews invoices before they are sent. The dispatcher on shift reassigns
jobs in a dashboard. Riders sign in with a phone number and SMS code, office staff
with Google accounts and 2-step verification; all runs in one managed cloud project.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bicycle courier cooperative dispatch and proof-of-delivery agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM agent that turns customer e-mails and form requests into courier jobs, "
    "assigns riders and matches proof of delivery to jobs for invoicing.",
)

# ---------------------------------------------------------------- data assets
job_emails = tg.Data(
    "Job request e-mails",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Pickup and drop-off addresses, recipient names and phone numbers, deadlines.",
)
form_requests = tg.Data("Web form job requests", kind="records", sensitivity=tg.Sensitivity.PII)
confirmations = tg.Data(
    "Job confirmation e-mails", kind="documents", sensitivity=tg.Sensitivity.PII
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the request text, open jobs, available riders, delivery photos.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
job_calls = tg.Data("Job tool calls", kind="tool-call", sensitivity=tg.Sensitivity.PII)
jobs = tg.Data(
    "Delivery jobs",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Customer, addresses, recipient, price band, assigned rider and status of each job.",
)
job_offers = tg.Data("Job offers to riders", kind="records", sensitivity=tg.Sensitivity.PII)
rider_status = tg.Data(
    "Rider availability and locations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="On-shift flag and last GPS position from each rider's phone.",
)
job_updates = tg.Data("Job status updates", kind="records", sensitivity=tg.Sensitivity.PII)
pod = tg.Data(
    "Delivery photos and signatures",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photo at the drop-off and the recipient's signature with their printed name.",
)
reassignments = tg.Data("Manual reassignments", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
invoice_lines = tg.Data(
    "Invoice lines",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Staff at a business customer booking a delivery.
    customer = tm.add(tg.Actor("Business customer", role="customer"))
    # A member rider on shift, out on the streets.
    rider = tm.add(tg.Actor("Rider", role="courier"))
    # The rider app on each rider's own phone: job offers, status, photos, signatures.
    rider_phone = tm.add(tg.Device("Rider phone app", fleet=True))

with tm.boundary("Google Workspace", trust=tg.Trust.PARTNER):
    # jobs@ mailbox: the way most customers have always booked.
    mailbox = tm.add(tg.ExternalService("Jobs mailbox"))

with tm.boundary("Cooperative cloud project", trust=tg.Trust.INTERNAL):
    # Job request form on the cooperative's website, for customers who prefer it.
    web_form = tm.add(
        tg.Endpoint(
            "Web job request form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation(note="required fields, address and time formats")},
        )
    )
    # Reads requests, creates jobs, picks riders, matches proof of delivery, bills.
    agent = tm.add(
        tg.Agent(
            "Dispatch agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Creates and assigns jobs without waiting for anyone; the dispatcher can reassign.",
        )
    )
    # Creates, reads and updates jobs, and fetches the proof of delivery for a job.
    job_tool = tm.add(
        tg.Tool("Job records tool", capabilities={"read", "write"}, origin="first-party")
    )
    # All jobs, past and open.
    jobs_db = tm.add(
        tg.DataStore(
            "Jobs database",
            stores={jobs},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Offers a job to a chosen rider and reads who is on shift and where.
    assign_tool = tm.add(
        tg.Tool(
            "Rider assignment tool", capabilities={"read", "send-messages"}, origin="first-party"
        )
    )
    # Backend of the rider app: pushes offers, receives status updates and proof of delivery.
    rider_backend = tm.add(
        tg.Service(
            "Rider app backend",
            internet_facing=True,
            controls={c.Authentication(method="rider's phone number and SMS code")},
        )
    )
    # Photos and signatures uploaded from the rider app, kept for billing disputes.
    pod_store = tm.add(tg.DataStore("Proof-of-delivery store", stores={pod}))
    # Adds delivered jobs as lines on the customer's draft invoice.
    invoice_tool = tm.add(
        tg.Tool(
            "Invoice drafting tool",
            capabilities={"write"},
            origin="first-party",
            controls={
                c.HumanInTheLoop(
                    approver="the cooperative's bookkeeper, before invoices are sent from the accounting package"
                )
            },
        )
    )
    # Where the dispatcher on shift sees all jobs and reassigns them.
    dashboard = tm.add(
        tg.Service(
            "Dispatch dashboard",
            controls={c.Authentication(method="Google account with 2-step verification")},
        )
    )

with tm.boundary("Cooperative office", trust=tg.Trust.INTERNAL):
    # The member on dispatch duty this shift.
    dispatcher = tm.add(tg.Actor("Dispatcher", role="dispatcher"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model: reads e-mails and compares photos and signatures with jobs.
    llm = tm.add(tg.LLM("Hosted multimodal LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Accounting SaaS", trust=tg.Trust.PARTNER):
    # The cooperative's cloud accounting package; invoices are sent to customers from here.
    accounting = tm.add(tg.ExternalService("Cloud accounting package"))

# ---------------------------------------------------------------- flows
# requests in, confirmations out
tm.flow(customer, mailbox, job_emails, protocol="smtp")
tm.flow(mailbox, agent, job_emails, protocol="https", label="Gmail API poll")
tm.flow(agent, mailbox, confirmations, protocol="https")
tm.flow(mailbox, customer, confirmations, protocol="smtp")
tm.flow(customer, web_form, form_requests, protocol="https")
tm.flow(web_form, agent, form_requests)

# the agent's model
tm.flow(agent, llm, llm_prompt, pod, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# jobs
tm.flow(agent, job_tool, job_calls)
tm.flow(job_tool, jobs_db, jobs)
tm.flow(jobs_db, job_tool, jobs)
tm.flow(pod_store, job_tool, pod)
tm.flow(job_tool, agent, jobs, pod)

# riders
tm.flow(agent, assign_tool, job_offers)
tm.flow(assign_tool, rider_backend, job_offers, protocol="https")
tm.flow(rider_backend, assign_tool, rider_status, protocol="https")
tm.flow(assign_tool, agent, rider_status)
tm.flow(rider_backend, rider_phone, job_offers, protocol="https", label="push notification")
tm.flow(rider_phone, rider_backend, rider_status, job_updates, pod, protocol="https")
tm.flow(rider_phone, rider, job_offers)
tm.flow(rider, rider_phone, job_updates, pod, label="accepts, photographs, recipient signs")
tm.flow(rider_backend, jobs_db, job_updates)
tm.flow(rider_backend, pod_store, pod)

# dispatcher
tm.flow(dispatcher, dashboard, reassignments, protocol="https")
tm.flow(dashboard, dispatcher, jobs, protocol="https")
tm.flow(jobs_db, dashboard, jobs)
tm.flow(dashboard, jobs_db, reassignments)

# invoicing
tm.flow(agent, invoice_tool, invoice_lines)
tm.flow(invoice_tool, accounting, invoice_lines, protocol="https")
