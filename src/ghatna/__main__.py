from ghatna.cli import app

app(prog_name="ghatna")
