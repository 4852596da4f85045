"""Textile dye house colour-match agent: the first design.

Customers (brands and garment makers) e-mail colour references (spectral files,
Pantone codes, photos) and fabric specs to a shared mailbox on Microsoft 365. An
LLM agent on the dye house's servers reads new mail through a mailbox tool, looks
up past recipes in the recipe database and the lab's spectrophotometer readings,
and uses a hosted LLM to propose a dye recipe. Proposals wait in a review console;
only after a colourist approves does the agent write the recipe to the dye machine
scheduling system, which downloads dye programs to the dyeing machines' controllers
on the dye-floor network. The agent also e-mails customers the lab-dip status.
Controls: colourist approval before scheduling, a read-only recipe database account,
mail access scoped to the one shared inbox, TLS to Microsoft 365 and the LLM API,
and the machines' own temperature and pressure interlocks.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Textile dye house colour-match agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent that proposes dye recipes from customers' colour requests.",
)

# ---------------------------------------------------------------- data assets
request_mail = tg.Data(
    "Colour request e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Customer contact, colour references (QTX files, Pantone codes, photos), fabric spec.",
)
status_mail = tg.Data(
    "Lab-dip status e-mail", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
recipe_query = tg.Data("Recipe search", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
recipes = tg.Data(
    "Dye recipes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Dye and auxiliary recipes with dosages, liquor ratio and temperature profile.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
measurements = tg.Data(
    "Spectrophotometer readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
lab_query = tg.Data("Lab result lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
proposal = tg.Data("Proposed recipe", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
approval = tg.Data("Colourist approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
schedule_call = tg.Data(
    "Approved recipe submission", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
job_confirmation = tg.Data(
    "Dye job confirmation", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
dye_program = tg.Data(
    "Dye program",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
machine_status = tg.Data("Machine status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
mail_call = tg.Data("Mailbox call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Brands and garment makers who order dyed fabric; anyone can e-mail the inbox.
    customer = tm.add(tg.Actor("Customer", role="customer colour contact"))

with tm.boundary("Microsoft 365", trust=tg.Trust.PARTNER):
    # The shared colour-matching inbox the agent reads and sends from.
    mailbox = tm.add(tg.ExternalService("Colour-matching shared mailbox"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model that reasons over the request, recipes and readings.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Dye house office network", trust=tg.Trust.INTERNAL):
    # Reads requests, gathers recipes and readings, proposes a recipe, reports status.
    agent = tm.add(
        tg.Agent(
            "Colour-match agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.HumanInTheLoop(approver="colourist")},
        )
    )
    # Graph API access to the one shared inbox: read new mail, send status mail.
    mail_tool = tm.add(
        tg.Tool(
            "Mailbox tool",
            capabilities={"read", "send-messages"},
            controls={c.LeastPrivilegeTools(note="app access policy scoped to the shared inbox")},
        )
    )
    # Searches past recipes by shade and fabric, with a read-only database account.
    recipe_tool = tm.add(
        tg.Tool(
            "Recipe lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only SQL account")},
        )
    )
    # The dye house's recipe database, also used by colourists directly.
    recipe_db = tm.add(tg.DataStore("Recipe database", stores={recipes}))
    # Fetches lab-dip readings (dE values, reflectance curves) for the agent.
    lab_tool = tm.add(tg.Tool("Lab results tool", capabilities={"read"}))
    # Where the agent's proposals wait for a colourist.
    console = tm.add(tg.Service("Recipe review console"))
    # Approves or rejects each proposed recipe.
    colourist = tm.add(tg.Actor("Colourist", role="colourist"))
    # Writes the approved recipe as a dye job into the scheduling system.
    schedule_tool = tm.add(tg.Tool("Dye job scheduling tool", capabilities={"write"}))
    # Plans dye lots and downloads dye programs to the machines.
    scheduler = tm.add(
        tg.Service(
            "Dye machine scheduling system",
            controls={c.Authentication(method="service account API key"), c.AuditLogging()},
        )
    )

with tm.boundary("Colour lab", trust=tg.Trust.INTERNAL):
    # Bench spectrophotometers measuring lab dips against the customer standard.
    spectro = tm.add(tg.Device("Lab spectrophotometer", fleet=False))
    # Colour QC software database the spectrophotometers save readings to.
    lab_db = tm.add(tg.DataStore("Lab colour QC database", stores={measurements}))

with tm.boundary("Dye floor OT network", trust=tg.Trust.RESTRICTED):
    # Controllers of the jet and package dyeing machines.
    controllers = tm.add(
        tg.Device(
            "Dyeing machine controllers",
            controls={
                c.SafetyLimits(
                    limits="controller interlocks on max temperature, pressure and heating rate"
                )
            },
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(customer, mailbox, request_mail, protocol="smtp")
tm.flow(mailbox, customer, status_mail, protocol="smtp")

tm.flow(agent, mail_tool, mail_call)
tm.flow(mail_tool, mailbox, mail_call, status_mail, protocol="https", controls={tls})
tm.flow(mailbox, mail_tool, request_mail, protocol="https", controls={tls})
tm.flow(mail_tool, agent, request_mail)

tm.flow(agent, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})

tm.flow(agent, recipe_tool, recipe_query)
tm.flow(recipe_tool, recipe_db, recipe_query, protocol="tds")
tm.flow(recipe_db, recipe_tool, recipes, protocol="tds")
tm.flow(recipe_tool, agent, recipes)

tm.flow(spectro, lab_db, measurements, protocol="smb")
tm.flow(agent, lab_tool, lab_query)
tm.flow(lab_tool, lab_db, lab_query, protocol="tds")
tm.flow(lab_db, lab_tool, measurements, protocol="tds")
tm.flow(lab_tool, agent, measurements)

tm.flow(agent, console, proposal, protocol="https")
tm.flow(console, colourist, proposal, protocol="https")
tm.flow(colourist, console, approval, protocol="https")
tm.flow(console, agent, approval, protocol="https")

tm.flow(agent, schedule_tool, schedule_call)
tm.flow(schedule_tool, scheduler, schedule_call, protocol="https")
tm.flow(scheduler, schedule_tool, job_confirmation, protocol="https")
tm.flow(schedule_tool, agent, job_confirmation)

tm.flow(scheduler, controllers, dye_program, protocol="opc-ua")
tm.flow(controllers, scheduler, machine_status, protocol="opc-ua")
