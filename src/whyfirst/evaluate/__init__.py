"""whyfirst.evaluate"""
