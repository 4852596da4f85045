"""Makerspace 3D print queue with an overnight print-file check agent: first design.

Members of a UK community makerspace sign in to a small queue website (hosted on a
VPS) and upload STL/3MF files with a note on material and settings. Each night an
LLM agent on the space's mini PC works through the queue: it slices each file with
a slicer tool to check size, supports, estimated filament and print time, decides
whether the job is printable, charges the member's prepaid balance through a charge
tool and starts the job on a free networked printer through its OctoPrint host.
Members top up their balance on a card payment provider's hosted checkout page.
A volunteer steward can see the printers and pause them from a dashboard on the
mini PC, reached from their phone through a tunnel, signed in with a shared password.
Controls in this design: member sign-in, upload type/size checks, a signed top-up
webhook, a no-negative-balance rule in the charge tool, per-printer OctoPrint API
keys, printer firmware thermal protection, nightly database backups and a log of
the agent's decisions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Makerspace 3D print queue and print-file check agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Members queue print files; an overnight agent checks, charges and prints them.",
)

# ---------------------------------------------------------------- data assets
credentials = tg.Data("Member sign-in credentials", sensitivity="secret", kind="credentials")
password_hashes = tg.Data("Member password hashes", sensitivity="secret", kind="credentials")
accounts = tg.Data(
    "Member accounts",
    sensitivity="pii",
    kind="records",
    description="Name, e-mail, membership number, induction status.",
)
balances = tg.Data(
    "Prepaid balances",
    sensitivity="confidential",
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
print_files = tg.Data(
    "Uploaded print files",
    sensitivity="internal",
    kind="documents",
    description="STL and 3MF files as members upload them.",
)
job_request = tg.Data(
    "Print job request",
    sensitivity="internal",
    kind="prompt",
    description="The member's free-text note: material, colour, layer height, deadline.",
)
queue_entries = tg.Data("Print queue entries", sensitivity="internal", kind="records")
job_status = tg.Data("Job status and charges", sensitivity="pii", kind="records")
card_details = tg.Data("Card details", sensitivity="regulated", kind="records")
topup = tg.Data("Top-up payment confirmation", sensitivity="confidential", kind="records")
slice_request = tg.Data("Slice request", sensitivity="internal", kind="tool-call")
slicer_report = tg.Data(
    "Slicer estimate",
    sensitivity="internal",
    kind="tool-result",
    description="Fits the bed or not, supports needed, filament grams, print time.",
)
gcode = tg.Data("Sliced G-code", sensitivity="internal", kind="code")
agent_prompt = tg.Data("Agent prompt", sensitivity="internal", kind="prompt")
agent_decision = tg.Data("Agent decision", sensitivity="internal", kind="model-output")
charge_call = tg.Data("Charge request", sensitivity="confidential", kind="tool-call")
charge_result = tg.Data("Charge result", sensitivity="confidential", kind="tool-result")
start_call = tg.Data("Start print request", sensitivity="internal", kind="tool-call")
start_result = tg.Data("Start print result", sensitivity="internal", kind="tool-result")
printer_command = tg.Data("Printer command", sensitivity="internal", kind="records")
pause_command = tg.Data("Pause command", sensitivity="internal", kind="records")
printer_status = tg.Data("Printer status and temperatures", sensitivity="internal", kind="records")
decision_log = tg.Data("Agent decision log", sensitivity="pii", kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any paying member; membership is open to the public.
    member = tm.add(tg.Actor("Member", role="makerspace member"))
    # Volunteer on the overnight rota, usually at home, using their own phone.
    steward = tm.add(tg.Actor("Volunteer steward", role="steward"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout for balance top-ups; card details never reach our systems.
    payments = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="Hosted checkout page; posts a webhook when a top-up succeeds.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))

with tm.boundary("VPS", trust=tg.Trust.INTERNAL):
    # The members' front door: sign-in, upload, queue view, top-up button.
    website = tm.add(
        tg.Endpoint(
            "Queue website",
            purpose="api",
            description="Also serves the job queue API the agent polls.",
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="only .stl and .3mf, up to 100 MB"),
            },
        )
    )
    # Accounts, balances and the job queue.
    member_db = tm.add(
        tg.DataStore(
            "Member and queue database",
            stores={accounts, balances, password_hashes, queue_entries, job_status, decision_log},
            controls={c.DataVersioning(note="nightly backup to object storage")},
        )
    )
    # Where uploaded files and the slicer's G-code are kept.
    file_store = tm.add(tg.DataStore("Print file store", stores={print_files, gcode}))

with tm.boundary("Makerspace LAN", trust=tg.Trust.INTERNAL):
    # Runs on the mini PC overnight with nobody approving each job.
    agent = tm.add(
        tg.Agent(
            "Print check agent",
            autonomy="autonomous",
            description="Checks each queued file, charges the member, starts the print.",
            controls={c.AuditLogging(note="every decision and charge written to the job history")},
        )
    )
    # Headless slicer (PrusaSlicer CLI) that parses the uploaded file.
    slicer = tm.add(
        tg.Tool(
            "Slicer tool",
            capabilities={"read", "write"},
            origin="third-party",
            description="Fetches the file, slices it with the space's printer profiles, saves G-code.",
        )
    )
    # Debits the member's prepaid balance for the job.
    charge_tool = tm.add(
        tg.Tool(
            "Balance charge tool",
            capabilities={"money-movement", "write"},
            description="Debits the amount the agent gives from the member's balance.",
            controls={
                c.PolicyEnforcement(rules="refuses a charge larger than the member's balance")
            },
        )
    )
    # Sends the G-code to a free printer and starts it.
    printer_tool = tm.add(tg.Tool("Printer start tool", capabilities={"write"}))
    # One OctoPrint instance on a Raspberry Pi next to each printer.
    octoprint = tm.add(
        tg.Service(
            "OctoPrint printer hosts",
            controls={c.Authentication(method="per-printer OctoPrint API key")},
        )
    )
    # The printers themselves, left running unattended overnight.
    printers = tm.add(
        tg.Device(
            "3D printers",
            controls={
                c.SafetyLimits(
                    limits="firmware thermal runaway protection and maximum temperatures"
                )
            },
        )
    )
    # Steward's view of the printers with a pause button, published through a tunnel.
    dashboard = tm.add(
        tg.Endpoint(
            "Steward dashboard",
            purpose="api",
            internet_facing=True,
            controls={c.Authentication(method="shared steward password")},
        )
    )

# ---------------------------------------------------------------- flows
# members
tm.flow(member, website, credentials, protocol="https", label="sign-in")
tm.flow(member, website, print_files, job_request, protocol="https", label="upload")
tm.flow(website, member, job_status, protocol="https")
tm.flow(website, member_db, accounts, queue_entries, protocol="postgresql")
tm.flow(member_db, website, accounts, password_hashes, balances, job_status, protocol="postgresql")
tm.flow(website, file_store, print_files, protocol="local")

# top-ups
tm.flow(member, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(
    payments,
    website,
    topup,
    protocol="https",
    label="top-up webhook",
    controls={c.MessageIntegrity(note="provider signature checked with the webhook secret")},
)
tm.flow(website, member_db, balances, protocol="postgresql", label="credit top-up")

# overnight run
tm.flow(website, agent, queue_entries, job_request, protocol="https", label="nightly queue poll")
tm.flow(agent, website, job_status, protocol="https", label="job status update")
tm.flow(agent, slicer, slice_request)
tm.flow(file_store, slicer, print_files, protocol="https")
tm.flow(slicer, file_store, gcode, protocol="https")
tm.flow(slicer, agent, slicer_report)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_decision, protocol="https")
tm.flow(agent, charge_tool, charge_call)
tm.flow(charge_tool, website, charge_call, protocol="https", label="debit balance")
tm.flow(website, charge_tool, charge_result, protocol="https")
tm.flow(charge_tool, agent, charge_result)
tm.flow(agent, printer_tool, start_call)
tm.flow(file_store, printer_tool, gcode, protocol="https")
tm.flow(printer_tool, octoprint, gcode, printer_command, protocol="http")
tm.flow(octoprint, printer_tool, printer_status, protocol="http")
tm.flow(printer_tool, agent, start_result)
tm.flow(octoprint, printers, gcode, printer_command, protocol="usb")
tm.flow(printers, octoprint, printer_status, protocol="usb")
tm.flow(agent, member_db, decision_log, protocol="postgresql", label="decision log")

# steward
tm.flow(steward, dashboard, pause_command, protocol="https")
tm.flow(dashboard, steward, printer_status, protocol="https")
tm.flow(dashboard, octoprint, pause_command, protocol="http")
tm.flow(octoprint, dashboard, printer_status, protocol="http")
